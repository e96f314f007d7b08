from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="PaymentsUserSessionResponse")


@_attrs_define(slots=False, repr=False, eq=False)
class PaymentsUserSessionResponse:
    """
    Attributes:
        token (str): The token for the user session Example: CllClFmVlSCs3oe0ND0JloLWlNzdb3QseU4507gf1mSVAHqRTwzKWU.
        token_valid_until (datetime.datetime): The date and time until the token is valid Example:
            2025-01-07T16:25:09.416924Z.
        finion_pay_customer_id (UUID): Identifies a customer in Finion Pay, i.e. to retreive existing payment
            instruments Example: 753ea8ec-c2ec-4761-824b-bc46eda3f644.
    """

    token: str
    token_valid_until: datetime.datetime
    finion_pay_customer_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_valid_until = self.token_valid_until.isoformat()

        finion_pay_customer_id = str(self.finion_pay_customer_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "tokenValidUntil": token_valid_until,
                "finionPayCustomerId": finion_pay_customer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON. Fields are parsed when first read; a missing required one fails then."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _obj.__dict__["_lazy_source"] = d
        return _obj

    if not TYPE_CHECKING:  # ours: invisible to type checkers, so misspelt attributes stay errors

        def __getattr__(self, name: str) -> Any:
            try:
                source = self.__dict__["_lazy_source"]
                wire_name, parse = _LAZY_FIELDS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = parse_lazy_field(type(self).__name__, name, wire_name, parse, source)
            self.__dict__[name] = value
            return value

    def __repr__(self) -> str:
        return lazy_model_repr(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return lazy_model_eq(self, other)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "token",
        "tokenValidUntil",
        "finionPayCustomerId",
    }
)


def _parse_token(d: dict[str, Any]) -> str:
    _source = d["token"]
    expect_json_scalar(_source, str)
    token: str = _source
    return token


def _parse_token_valid_until(d: dict[str, Any]) -> datetime.datetime:
    _source = d["tokenValidUntil"]
    token_valid_until = datetime.datetime.fromisoformat(_source)

    return token_valid_until


def _parse_finion_pay_customer_id(d: dict[str, Any]) -> UUID:
    _source = d["finionPayCustomerId"]
    finion_pay_customer_id = UUID(_source)

    return finion_pay_customer_id


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "token": ("token", _parse_token),
    "token_valid_until": ("tokenValidUntil", _parse_token_valid_until),
    "finion_pay_customer_id": ("finionPayCustomerId", _parse_finion_pay_customer_id),
    "additional_properties": ("*", _parse_additional_properties),
}

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="CheckinVoucherRedeem")


@_attrs_define(slots=False, repr=False, eq=False)
class CheckinVoucherRedeem:
    """
    Attributes:
        voucher_code (str): Voucher code to redeem Example: CHVB1-YL29-MYVA.
        firstname (str): First name of the lead customer Example: Max.
        lastname (str): Last name of the lead customer Example: Mustermann.
        email (str): Email of the lead customer Example: example@email.com.
        online_offer_id (int): Unique ID of the online offer
    """

    voucher_code: str
    firstname: str
    lastname: str
    email: str
    online_offer_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voucher_code = self.voucher_code

        firstname = self.firstname

        lastname = self.lastname

        email = self.email

        online_offer_id = self.online_offer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voucherCode": voucher_code,
                "firstname": firstname,
                "lastname": lastname,
                "email": email,
                "onlineOfferId": online_offer_id,
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
        "voucherCode",
        "firstname",
        "lastname",
        "email",
        "onlineOfferId",
    }
)


def _parse_voucher_code(d: dict[str, Any]) -> str:
    _source = d["voucherCode"]
    expect_json_scalar(_source, str)
    voucher_code: str = _source
    return voucher_code


def _parse_firstname(d: dict[str, Any]) -> str:
    _source = d["firstname"]
    expect_json_scalar(_source, str)
    firstname: str = _source
    return firstname


def _parse_lastname(d: dict[str, Any]) -> str:
    _source = d["lastname"]
    expect_json_scalar(_source, str)
    lastname: str = _source
    return lastname


def _parse_email(d: dict[str, Any]) -> str:
    _source = d["email"]
    expect_json_scalar(_source, str)
    email: str = _source
    return email


def _parse_online_offer_id(d: dict[str, Any]) -> int:
    _source = d["onlineOfferId"]
    expect_json_scalar(_source, int)
    online_offer_id: int = _source
    return online_offer_id


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "voucher_code": ("voucherCode", _parse_voucher_code),
    "firstname": ("firstname", _parse_firstname),
    "lastname": ("lastname", _parse_lastname),
    "email": ("email", _parse_email),
    "online_offer_id": ("onlineOfferId", _parse_online_offer_id),
    "additional_properties": ("*", _parse_additional_properties),
}

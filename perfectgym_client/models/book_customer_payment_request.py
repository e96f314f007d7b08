from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="BookCustomerPaymentRequest")


@_attrs_define(slots=False, repr=False, eq=False)
class BookCustomerPaymentRequest:
    """
    Attributes:
        payment_request_token (str):
        amount (Money): Base price of the contract
        debt_claim_ids (list[int] | Unset): List of debt claim IDs that will be settled as part of this payment
    """

    payment_request_token: str
    amount: Money
    debt_claim_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_request_token = self.payment_request_token

        amount = self.amount.to_dict()

        debt_claim_ids: list[int] | Unset = UNSET
        if not isinstance(self.debt_claim_ids, Unset):
            debt_claim_ids = self.debt_claim_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentRequestToken": payment_request_token,
                "amount": amount,
            }
        )
        if debt_claim_ids is not UNSET:
            field_dict["debtClaimIds"] = debt_claim_ids

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
        "paymentRequestToken",
        "amount",
        "debtClaimIds",
    }
)


def _parse_payment_request_token(d: dict[str, Any]) -> str:
    _source = d["paymentRequestToken"]
    expect_json_scalar(_source, str)
    payment_request_token: str = _source
    return payment_request_token


def _parse_amount(d: dict[str, Any]) -> Money:
    from ..models.money import Money  # noqa: PLC0415

    _source = d["amount"]
    amount = Money.from_dict(_source)

    return amount


def _parse_debt_claim_ids(d: dict[str, Any]) -> list[int] | Unset:
    _source = d.get("debtClaimIds", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_array(_source)
    debt_claim_ids = cast(list[int], _source)

    return debt_claim_ids


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "payment_request_token": ("paymentRequestToken", _parse_payment_request_token),
    "amount": ("amount", _parse_amount),
    "debt_claim_ids": ("debtClaimIds", _parse_debt_claim_ids),
    "additional_properties": ("*", _parse_additional_properties),
}

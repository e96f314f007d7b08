from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signup_payment_schedule_entry_type import SignupPaymentScheduleEntryType
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="SignupPaymentScheduleEntry")


@_attrs_define(slots=False, repr=False, eq=False)
class SignupPaymentScheduleEntry:
    """
    Attributes:
        due_date (datetime.date | Unset): Due date of the payment in ISO-8601 format Example: 2025-12-31.
        description (str | Unset): Description of the charge Example: Contract Basic.
        type_ (SignupPaymentScheduleEntryType | Unset): Type of membership payment
        amount (Price | Unset): Amount of the charge
        mandatory_on_signing (bool | Unset): Indicates if the payment is mandatory on signing Example: True.
    """

    due_date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    type_: SignupPaymentScheduleEntryType | Unset = UNSET
    amount: Price | Unset = UNSET
    mandatory_on_signing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        mandatory_on_signing = self.mandatory_on_signing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if mandatory_on_signing is not UNSET:
            field_dict["mandatoryOnSigning"] = mandatory_on_signing

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
        "dueDate",
        "description",
        "type",
        "amount",
        "mandatoryOnSigning",
    }
)


def _parse_due_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("dueDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _due_date = _source
    due_date: datetime.date | Unset
    if isinstance(_due_date, Unset):
        due_date = UNSET
    else:
        due_date = datetime.date.fromisoformat(_due_date)

    return due_date


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source = d.get("description", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    description: str | Unset = _source
    return description


def _parse_type_(d: dict[str, Any]) -> SignupPaymentScheduleEntryType | Unset:
    _source = d.get("type", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _type_ = _source
    type_: SignupPaymentScheduleEntryType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = SignupPaymentScheduleEntryType(_type_)

    return type_


def _parse_amount(d: dict[str, Any]) -> Price | Unset:
    from ..models.price import Price  # noqa: PLC0415

    _source = d.get("amount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _amount = _source
    amount: Price | Unset
    if isinstance(_amount, Unset):
        amount = UNSET
    else:
        amount = Price.from_dict(_amount)

    return amount


def _parse_mandatory_on_signing(d: dict[str, Any]) -> bool | Unset:
    _source = d.get("mandatoryOnSigning", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, bool)
    mandatory_on_signing: bool | Unset = _source
    return mandatory_on_signing


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "due_date": ("dueDate", _parse_due_date),
    "description": ("description", _parse_description),
    "type_": ("type", _parse_type_),
    "amount": ("amount", _parse_amount),
    "mandatory_on_signing": ("mandatoryOnSigning", _parse_mandatory_on_signing),
    "additional_properties": ("*", _parse_additional_properties),
}

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_preview_item_charge_type import AccountPreviewItemChargeType
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="AccountPreviewItem")


@_attrs_define(slots=False, repr=False, eq=False)
class AccountPreviewItem:
    """
    Attributes:
        due_date (datetime.date): Date to charge is/was to be paid Example: 2025-01-14.
        amount (Money): Base price of the contract
        paid_period_from (datetime.date | Unset): Start date of the paid period Example: 2025-01-01.
        paid_period_to (datetime.date | Unset): End date of the paid period Example: 2025-01-31.
        description (str | Unset): Description of the charge
        discounted_amount (Money | Unset): Base price of the contract
        charge_type (AccountPreviewItemChargeType | Unset): Classification of the charge
    """

    due_date: datetime.date
    amount: Money
    paid_period_from: datetime.date | Unset = UNSET
    paid_period_to: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    discounted_amount: Money | Unset = UNSET
    charge_type: AccountPreviewItemChargeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date = self.due_date.isoformat()

        amount = self.amount.to_dict()

        paid_period_from: str | Unset = UNSET
        if not isinstance(self.paid_period_from, Unset):
            paid_period_from = self.paid_period_from.isoformat()

        paid_period_to: str | Unset = UNSET
        if not isinstance(self.paid_period_to, Unset):
            paid_period_to = self.paid_period_to.isoformat()

        description = self.description

        discounted_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discounted_amount, Unset):
            discounted_amount = self.discounted_amount.to_dict()

        charge_type: str | Unset = UNSET
        if not isinstance(self.charge_type, Unset):
            charge_type = self.charge_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dueDate": due_date,
                "amount": amount,
            }
        )
        if paid_period_from is not UNSET:
            field_dict["paidPeriodFrom"] = paid_period_from
        if paid_period_to is not UNSET:
            field_dict["paidPeriodTo"] = paid_period_to
        if description is not UNSET:
            field_dict["description"] = description
        if discounted_amount is not UNSET:
            field_dict["discountedAmount"] = discounted_amount
        if charge_type is not UNSET:
            field_dict["chargeType"] = charge_type

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
        "amount",
        "paidPeriodFrom",
        "paidPeriodTo",
        "description",
        "discountedAmount",
        "chargeType",
    }
)


def _parse_due_date(d: dict[str, Any]) -> datetime.date:
    _source = d["dueDate"]
    due_date = datetime.date.fromisoformat(_source)

    return due_date


def _parse_amount(d: dict[str, Any]) -> Money:
    from ..models.money import Money  # noqa: PLC0415

    _source = d["amount"]
    amount = Money.from_dict(_source)

    return amount


def _parse_paid_period_from(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("paidPeriodFrom", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _paid_period_from = _source
    paid_period_from: datetime.date | Unset
    if isinstance(_paid_period_from, Unset):
        paid_period_from = UNSET
    else:
        paid_period_from = datetime.date.fromisoformat(_paid_period_from)

    return paid_period_from


def _parse_paid_period_to(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("paidPeriodTo", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _paid_period_to = _source
    paid_period_to: datetime.date | Unset
    if isinstance(_paid_period_to, Unset):
        paid_period_to = UNSET
    else:
        paid_period_to = datetime.date.fromisoformat(_paid_period_to)

    return paid_period_to


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source = d.get("description", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    description: str | Unset = _source
    return description


def _parse_discounted_amount(d: dict[str, Any]) -> Money | Unset:
    from ..models.money import Money  # noqa: PLC0415

    _source = d.get("discountedAmount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _discounted_amount = _source
    discounted_amount: Money | Unset
    if isinstance(_discounted_amount, Unset):
        discounted_amount = UNSET
    else:
        discounted_amount = Money.from_dict(_discounted_amount)

    return discounted_amount


def _parse_charge_type(d: dict[str, Any]) -> AccountPreviewItemChargeType | Unset:
    _source = d.get("chargeType", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _charge_type = _source
    charge_type: AccountPreviewItemChargeType | Unset
    if isinstance(_charge_type, Unset):
        charge_type = UNSET
    else:
        charge_type = AccountPreviewItemChargeType(_charge_type)

    return charge_type


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "due_date": ("dueDate", _parse_due_date),
    "amount": ("amount", _parse_amount),
    "paid_period_from": ("paidPeriodFrom", _parse_paid_period_from),
    "paid_period_to": ("paidPeriodTo", _parse_paid_period_to),
    "description": ("description", _parse_description),
    "discounted_amount": ("discountedAmount", _parse_discounted_amount),
    "charge_type": ("chargeType", _parse_charge_type),
    "additional_properties": ("*", _parse_additional_properties),
}

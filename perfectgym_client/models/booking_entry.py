from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="BookingEntry")


@_attrs_define(slots=False, repr=False, eq=False)
class BookingEntry:
    """
    Attributes:
        id (int): The internal id of the entry
        due_date (datetime.date): Date to booking is/was to be paid
        installment_plan (bool): Whether or not the booking was transferred into an installment plan
        description (str | Unset): Description of the booking
        amount (Money | Unset): Base price of the contract
        open_amount (Money | Unset): Base price of the contract
    """

    id: int
    due_date: datetime.date
    installment_plan: bool
    description: str | Unset = UNSET
    amount: Money | Unset = UNSET
    open_amount: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        due_date = self.due_date.isoformat()

        installment_plan = self.installment_plan

        description = self.description

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        open_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_amount, Unset):
            open_amount = self.open_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dueDate": due_date,
                "installmentPlan": installment_plan,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if open_amount is not UNSET:
            field_dict["openAmount"] = open_amount

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
        "id",
        "dueDate",
        "installmentPlan",
        "description",
        "amount",
        "openAmount",
    }
)


def _parse_id(d: dict[str, Any]) -> int:
    _source = d["id"]
    expect_json_scalar(_source, int)
    id: int = _source
    return id


def _parse_due_date(d: dict[str, Any]) -> datetime.date:
    _source = d["dueDate"]
    due_date = datetime.date.fromisoformat(_source)

    return due_date


def _parse_installment_plan(d: dict[str, Any]) -> bool:
    _source = d["installmentPlan"]
    expect_json_scalar(_source, bool)
    installment_plan: bool = _source
    return installment_plan


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source = d.get("description", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    description: str | Unset = _source
    return description


def _parse_amount(d: dict[str, Any]) -> Money | Unset:
    from ..models.money import Money  # noqa: PLC0415

    _source = d.get("amount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _amount = _source
    amount: Money | Unset
    if isinstance(_amount, Unset):
        amount = UNSET
    else:
        amount = Money.from_dict(_amount)

    return amount


def _parse_open_amount(d: dict[str, Any]) -> Money | Unset:
    from ..models.money import Money  # noqa: PLC0415

    _source = d.get("openAmount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _open_amount = _source
    open_amount: Money | Unset
    if isinstance(_open_amount, Unset):
        open_amount = UNSET
    else:
        open_amount = Money.from_dict(_open_amount)

    return open_amount


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "id": ("id", _parse_id),
    "due_date": ("dueDate", _parse_due_date),
    "installment_plan": ("installmentPlan", _parse_installment_plan),
    "description": ("description", _parse_description),
    "amount": ("amount", _parse_amount),
    "open_amount": ("openAmount", _parse_open_amount),
    "additional_properties": ("*", _parse_additional_properties),
}

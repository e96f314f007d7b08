from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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

        except MalformedFieldError:
            if "_raw" not in self.__dict__:
                raise
            return dict_as_received(self)

    def to_json(self, *, exclude_unset: bool = True) -> str:
        """``to_dict()`` as compact JSON text."""
        return model_json(self.to_dict(exclude_unset=exclude_unset))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON, keeping the dict (not a copy). Fields are parsed when first read."""
        _obj = cls.__new__(cls)
        _obj.__dict__["_raw"] = src_dict if src_dict.__class__ is dict else json_object(src_dict)
        return _obj

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
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.money import Money  # noqa: PLC0415

    globals().update(
        {
            "Money": Money,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_due_date(d: dict[str, Any]) -> datetime.date:
    _source = d["dueDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    due_date = datetime.date.fromisoformat(_source)

    return due_date


def _parse_installment_plan(d: dict[str, Any]) -> bool:
    _source: bool = d["installmentPlan"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("description", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_amount(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    if not _nested_resolved:
        _resolve_nested()
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
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    BookingEntry,
    (
        ("id", "id", _parse_id, int),
        ("due_date", "dueDate", _parse_due_date, None),
        ("installment_plan", "installmentPlan", _parse_installment_plan, bool),
        ("description", "description", _parse_description, str),
        ("amount", "amount", _parse_amount, None),
        ("open_amount", "openAmount", _parse_open_amount, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.account_preview_item_charge_type import AccountPreviewItemChargeType
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "dueDate",
        "amount",
        "paidPeriodFrom",
        "paidPeriodTo",
        "description",
        "discountedAmount",
        "chargeType",
    }
)
_AccountPreviewItemChargeType_BY_VALUE = enum_members(AccountPreviewItemChargeType)
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


def _parse_due_date(d: dict[str, Any]) -> datetime.date:
    _source = d["dueDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    due_date = datetime.date.fromisoformat(_source)

    return due_date


def _parse_amount(d: dict[str, Any]) -> Money:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["amount"]
    amount = Money.from_dict(_source)

    return amount


def _parse_paid_period_from(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("paidPeriodFrom", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
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
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _paid_period_to = _source
    paid_period_to: datetime.date | Unset
    if isinstance(_paid_period_to, Unset):
        paid_period_to = UNSET
    else:
        paid_period_to = datetime.date.fromisoformat(_paid_period_to)

    return paid_period_to


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("description", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_discounted_amount(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _AccountPreviewItemChargeType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return AccountPreviewItemChargeType(_source)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    AccountPreviewItem,
    (
        ("due_date", "dueDate", _parse_due_date, None),
        ("amount", "amount", _parse_amount, None),
        ("paid_period_from", "paidPeriodFrom", _parse_paid_period_from, None),
        ("paid_period_to", "paidPeriodTo", _parse_paid_period_to, None),
        ("description", "description", _parse_description, str),
        ("discounted_amount", "discountedAmount", _parse_discounted_amount, None),
        ("charge_type", "chargeType", _parse_charge_type, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

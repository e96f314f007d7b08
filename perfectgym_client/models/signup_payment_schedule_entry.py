from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.signup_payment_schedule_entry_type import SignupPaymentScheduleEntryType
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "description",
        "type",
        "amount",
        "mandatoryOnSigning",
    }
)
_SignupPaymentScheduleEntryType_BY_VALUE = enum_members(SignupPaymentScheduleEntryType)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.price import Price  # noqa: PLC0415

    globals().update(
        {
            "Price": Price,
        }
    )
    _nested_resolved = True


def _parse_due_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("dueDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _due_date = _source
    due_date: datetime.date | Unset
    if isinstance(_due_date, Unset):
        due_date = UNSET
    else:
        due_date = datetime.date.fromisoformat(_due_date)

    return due_date


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("description", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_type_(d: dict[str, Any]) -> SignupPaymentScheduleEntryType | Unset:
    _source = d.get("type", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _SignupPaymentScheduleEntryType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return SignupPaymentScheduleEntryType(_source)


def _parse_amount(d: dict[str, Any]) -> Price | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    _source: bool | Unset = d.get("mandatoryOnSigning", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    SignupPaymentScheduleEntry,
    (
        ("due_date", "dueDate", _parse_due_date, None),
        ("description", "description", _parse_description, str),
        ("type_", "type", _parse_type_, None),
        ("amount", "amount", _parse_amount, None),
        ("mandatory_on_signing", "mandatoryOnSigning", _parse_mandatory_on_signing, bool),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

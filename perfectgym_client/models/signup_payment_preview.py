from __future__ import annotations

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
    expect_json_array,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.price import Price
    from ..models.signup_payment_schedule_entry import SignupPaymentScheduleEntry


T = TypeVar("T", bound="SignupPaymentPreview")


@_attrs_define(slots=False, repr=False, eq=False)
class SignupPaymentPreview:
    """Detailed payment preview including schedule and due-on-signing amount

    Attributes:
        payment_schedule (list[SignupPaymentScheduleEntry] | Unset): Payment schedule entries in chronological order
        due_on_signing_amount (Price | Unset): Amount of the charge
    """

    payment_schedule: list[SignupPaymentScheduleEntry] | Unset = UNSET
    due_on_signing_amount: Price | Unset = UNSET
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
            payment_schedule: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.payment_schedule, Unset):
                payment_schedule = []
                for payment_schedule_item_data in self.payment_schedule:
                    payment_schedule_item = payment_schedule_item_data.to_dict()
                    payment_schedule.append(payment_schedule_item)

            due_on_signing_amount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.due_on_signing_amount, Unset):
                due_on_signing_amount = self.due_on_signing_amount.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update({})
            if payment_schedule is not UNSET:
                field_dict["paymentSchedule"] = payment_schedule
            if due_on_signing_amount is not UNSET:
                field_dict["dueOnSigningAmount"] = due_on_signing_amount

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
        "paymentSchedule",
        "dueOnSigningAmount",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.price import Price  # noqa: PLC0415
    from ..models.signup_payment_schedule_entry import SignupPaymentScheduleEntry  # noqa: PLC0415

    globals().update(
        {
            "Price": Price,
            "SignupPaymentScheduleEntry": SignupPaymentScheduleEntry,
        }
    )
    _nested_resolved = True


def _parse_payment_schedule(d: dict[str, Any]) -> list[SignupPaymentScheduleEntry] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("paymentSchedule", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _payment_schedule = _source
    payment_schedule: list[SignupPaymentScheduleEntry] | Unset = UNSET
    if _payment_schedule is not UNSET:
        payment_schedule = []
        for payment_schedule_item_data in _payment_schedule:
            payment_schedule_item = SignupPaymentScheduleEntry.from_dict(payment_schedule_item_data)

            payment_schedule.append(payment_schedule_item)

    return payment_schedule


def _parse_due_on_signing_amount(d: dict[str, Any]) -> Price | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("dueOnSigningAmount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _due_on_signing_amount = _source
    due_on_signing_amount: Price | Unset
    if isinstance(_due_on_signing_amount, Unset):
        due_on_signing_amount = UNSET
    else:
        due_on_signing_amount = Price.from_dict(_due_on_signing_amount)

    return due_on_signing_amount


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    SignupPaymentPreview,
    (
        ("payment_schedule", "paymentSchedule", _parse_payment_schedule, None),
        ("due_on_signing_amount", "dueOnSigningAmount", _parse_due_on_signing_amount, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.class_slot_booking_result_booking_status import ClassSlotBookingResultBookingStatus
from ..models.class_slot_booking_result_class_slot_status import ClassSlotBookingResultClassSlotStatus
from ..models.class_slot_booking_result_participant_status import ClassSlotBookingResultParticipantStatus
from ..types import (
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

T = TypeVar("T", bound="ClassSlotBookingResult")


@_attrs_define(slots=False, repr=False, eq=False)
class ClassSlotBookingResult:
    """
    Attributes:
        booking_id (int): Unique ID of a class booking Example: 2033.
        booking_status (ClassSlotBookingResultBookingStatus): Status of the class slot booking
        class_slot_id (int): Unique ID of a class slot Example: 14928.
        class_id (int): Unique ID of a class Example: 14928.
        customer_id (int): Unique ID of a customer Example: 14925548.
        class_slot_status (ClassSlotBookingResultClassSlotStatus): The status of a class slot
        participant_status (ClassSlotBookingResultParticipantStatus): The status of a participant
    """

    booking_id: int
    booking_status: ClassSlotBookingResultBookingStatus
    class_slot_id: int
    class_id: int
    customer_id: int
    class_slot_status: ClassSlotBookingResultClassSlotStatus
    participant_status: ClassSlotBookingResultParticipantStatus
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
            booking_id = self.booking_id

            booking_status = self.booking_status.value

            class_slot_id = self.class_slot_id

            class_id = self.class_id

            customer_id = self.customer_id

            class_slot_status = self.class_slot_status.value

            participant_status = self.participant_status.value

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "bookingId": booking_id,
                    "bookingStatus": booking_status,
                    "classSlotId": class_slot_id,
                    "classId": class_id,
                    "customerId": customer_id,
                    "classSlotStatus": class_slot_status,
                    "participantStatus": participant_status,
                }
            )

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
        "bookingId",
        "bookingStatus",
        "classSlotId",
        "classId",
        "customerId",
        "classSlotStatus",
        "participantStatus",
    }
)
_ClassSlotBookingResultBookingStatus_BY_VALUE = enum_members(ClassSlotBookingResultBookingStatus)
_ClassSlotBookingResultClassSlotStatus_BY_VALUE = enum_members(ClassSlotBookingResultClassSlotStatus)
_ClassSlotBookingResultParticipantStatus_BY_VALUE = enum_members(ClassSlotBookingResultParticipantStatus)


def _parse_booking_id(d: dict[str, Any]) -> int:
    _source: int = d["bookingId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_booking_status(d: dict[str, Any]) -> ClassSlotBookingResultBookingStatus:
    _source = d["bookingStatus"]
    try:
        return _ClassSlotBookingResultBookingStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return ClassSlotBookingResultBookingStatus(_source)


def _parse_class_slot_id(d: dict[str, Any]) -> int:
    _source: int = d["classSlotId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_class_id(d: dict[str, Any]) -> int:
    _source: int = d["classId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_customer_id(d: dict[str, Any]) -> int:
    _source: int = d["customerId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_class_slot_status(d: dict[str, Any]) -> ClassSlotBookingResultClassSlotStatus:
    _source = d["classSlotStatus"]
    try:
        return _ClassSlotBookingResultClassSlotStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return ClassSlotBookingResultClassSlotStatus(_source)


def _parse_participant_status(d: dict[str, Any]) -> ClassSlotBookingResultParticipantStatus:
    _source = d["participantStatus"]
    try:
        return _ClassSlotBookingResultParticipantStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return ClassSlotBookingResultParticipantStatus(_source)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    ClassSlotBookingResult,
    (
        ("booking_id", "bookingId", _parse_booking_id, int),
        ("booking_status", "bookingStatus", _parse_booking_status, None),
        ("class_slot_id", "classSlotId", _parse_class_slot_id, int),
        ("class_id", "classId", _parse_class_id, int),
        ("customer_id", "customerId", _parse_customer_id, int),
        ("class_slot_status", "classSlotStatus", _parse_class_slot_status, None),
        ("participant_status", "participantStatus", _parse_participant_status, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.class_slot_booking_result_booking_status import ClassSlotBookingResultBookingStatus
from ..models.class_slot_booking_result_class_slot_status import ClassSlotBookingResultClassSlotStatus
from ..models.class_slot_booking_result_participant_status import ClassSlotBookingResultParticipantStatus
from ..types import (
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
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

    def to_dict(self) -> dict[str, Any]:
        booking_id = self.booking_id

        booking_status = self.booking_status.value

        class_slot_id = self.class_slot_id

        class_id = self.class_id

        customer_id = self.customer_id

        class_slot_status = self.class_slot_status.value

        participant_status = self.participant_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        "bookingId",
        "bookingStatus",
        "classSlotId",
        "classId",
        "customerId",
        "classSlotStatus",
        "participantStatus",
    }
)


def _parse_booking_id(d: dict[str, Any]) -> int:
    _source = d["bookingId"]
    expect_json_scalar(_source, int)
    booking_id: int = _source
    return booking_id


def _parse_booking_status(d: dict[str, Any]) -> ClassSlotBookingResultBookingStatus:
    _source = d["bookingStatus"]
    booking_status = ClassSlotBookingResultBookingStatus(_source)

    return booking_status


def _parse_class_slot_id(d: dict[str, Any]) -> int:
    _source = d["classSlotId"]
    expect_json_scalar(_source, int)
    class_slot_id: int = _source
    return class_slot_id


def _parse_class_id(d: dict[str, Any]) -> int:
    _source = d["classId"]
    expect_json_scalar(_source, int)
    class_id: int = _source
    return class_id


def _parse_customer_id(d: dict[str, Any]) -> int:
    _source = d["customerId"]
    expect_json_scalar(_source, int)
    customer_id: int = _source
    return customer_id


def _parse_class_slot_status(d: dict[str, Any]) -> ClassSlotBookingResultClassSlotStatus:
    _source = d["classSlotStatus"]
    class_slot_status = ClassSlotBookingResultClassSlotStatus(_source)

    return class_slot_status


def _parse_participant_status(d: dict[str, Any]) -> ClassSlotBookingResultParticipantStatus:
    _source = d["participantStatus"]
    participant_status = ClassSlotBookingResultParticipantStatus(_source)

    return participant_status


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "booking_id": ("bookingId", _parse_booking_id),
    "booking_status": ("bookingStatus", _parse_booking_status),
    "class_slot_id": ("classSlotId", _parse_class_slot_id),
    "class_id": ("classId", _parse_class_id),
    "customer_id": ("customerId", _parse_customer_id),
    "class_slot_status": ("classSlotStatus", _parse_class_slot_status),
    "participant_status": ("participantStatus", _parse_participant_status),
    "additional_properties": ("*", _parse_additional_properties),
}

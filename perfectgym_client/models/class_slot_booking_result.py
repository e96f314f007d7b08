from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.class_slot_booking_result_booking_status import ClassSlotBookingResultBookingStatus
from ..models.class_slot_booking_result_class_slot_status import ClassSlotBookingResultClassSlotStatus
from ..models.class_slot_booking_result_participant_status import ClassSlotBookingResultParticipantStatus

T = TypeVar("T", bound="ClassSlotBookingResult")


@_attrs_define
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
        d = dict(src_dict)
        booking_id = d.pop("bookingId")

        booking_status = ClassSlotBookingResultBookingStatus(d.pop("bookingStatus"))

        class_slot_id = d.pop("classSlotId")

        class_id = d.pop("classId")

        customer_id = d.pop("customerId")

        class_slot_status = ClassSlotBookingResultClassSlotStatus(d.pop("classSlotStatus"))

        participant_status = ClassSlotBookingResultParticipantStatus(d.pop("participantStatus"))

        _obj = cls(
            booking_id=booking_id,
            booking_status=booking_status,
            class_slot_id=class_slot_id,
            class_id=class_id,
            customer_id=customer_id,
            class_slot_status=class_slot_status,
            participant_status=participant_status,
        )

        _obj.additional_properties = d
        return _obj

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

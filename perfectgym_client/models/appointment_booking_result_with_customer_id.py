from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_booking_result_with_customer_id_appointment_status import (
    AppointmentBookingResultWithCustomerIdAppointmentStatus,
)
from ..models.appointment_booking_result_with_customer_id_booking_status import (
    AppointmentBookingResultWithCustomerIdBookingStatus,
)
from ..models.appointment_booking_result_with_customer_id_participant_status import (
    AppointmentBookingResultWithCustomerIdParticipantStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instructor import Instructor


T = TypeVar("T", bound="AppointmentBookingResultWithCustomerId")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "title",
        "duration",
        "category",
        "description",
        "imgUrl",
        "instructors",
    }
)


@_attrs_define
class AppointmentBookingResultWithCustomerId:
    """
    Attributes:
        booking_id (int): Unique ID of the appointment booking Example: 2033.
        booking_status (AppointmentBookingResultWithCustomerIdBookingStatus): Status of the appointment booking
        start_date_time (str): Start date and time of the appointment booking (may end with a zone id in brackets, e.g.
            [Europe/Berlin])
        end_date_time (str): End date and time of the appointment booking (may end with a zone id in brackets, e.g.
            [Europe/Berlin])
        appointment_status (AppointmentBookingResultWithCustomerIdAppointmentStatus): The status of an appointment
        participant_status (AppointmentBookingResultWithCustomerIdParticipantStatus): The status of a participant
        customer_id (int): Unique ID of the customer Example: 1234.
        title (str | Unset): Title of the appointment booking Example: Mission Beach body.
        duration (int | Unset): Duration of the appointment booking in minutes Example: 45.
        category (str | Unset): Category of the appointment booking Example: Fitness.
        description (str | Unset): Description of the appointment booking Example: Get your body ready for beaches.
        img_url (str | Unset): Image URL assigned to display this appointment booking
        instructors (list[Instructor] | Unset): Instructors list of the appointment booking
    """

    booking_id: int
    booking_status: AppointmentBookingResultWithCustomerIdBookingStatus
    start_date_time: str
    end_date_time: str
    appointment_status: AppointmentBookingResultWithCustomerIdAppointmentStatus
    participant_status: AppointmentBookingResultWithCustomerIdParticipantStatus
    customer_id: int
    title: str | Unset = UNSET
    duration: int | Unset = UNSET
    category: str | Unset = UNSET
    description: str | Unset = UNSET
    img_url: str | Unset = UNSET
    instructors: list[Instructor] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        booking_id = self.booking_id

        booking_status = self.booking_status.value

        start_date_time = self.start_date_time

        end_date_time = self.end_date_time

        appointment_status = self.appointment_status.value

        participant_status = self.participant_status.value

        customer_id = self.customer_id

        title = self.title

        duration = self.duration

        category = self.category

        description = self.description

        img_url = self.img_url

        instructors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructors, Unset):
            instructors = []
            for instructors_item_data in self.instructors:
                instructors_item = instructors_item_data.to_dict()
                instructors.append(instructors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookingId": booking_id,
                "bookingStatus": booking_status,
                "startDateTime": start_date_time,
                "endDateTime": end_date_time,
                "appointmentStatus": appointment_status,
                "participantStatus": participant_status,
                "customerId": customer_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if duration is not UNSET:
            field_dict["duration"] = duration
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if img_url is not UNSET:
            field_dict["imgUrl"] = img_url
        if instructors is not UNSET:
            field_dict["instructors"] = instructors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instructor import Instructor  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        booking_id = d.pop("bookingId")

        booking_status = AppointmentBookingResultWithCustomerIdBookingStatus(d.pop("bookingStatus"))

        start_date_time = d.pop("startDateTime")

        end_date_time = d.pop("endDateTime")

        appointment_status = AppointmentBookingResultWithCustomerIdAppointmentStatus(d.pop("appointmentStatus"))

        participant_status = AppointmentBookingResultWithCustomerIdParticipantStatus(d.pop("participantStatus"))

        customer_id = d.pop("customerId")

        title = d.pop("title", UNSET)

        duration = d.pop("duration", UNSET)

        category = d.pop("category", UNSET)

        description = d.pop("description", UNSET)

        img_url = d.pop("imgUrl", UNSET)

        _instructors = d.pop("instructors", UNSET)
        instructors: list[Instructor] | Unset = UNSET
        if _instructors is not UNSET:
            instructors = []
            for instructors_item_data in _instructors:
                instructors_item = Instructor.from_dict(instructors_item_data)

                instructors.append(instructors_item)

        _obj = cls(
            booking_id=booking_id,
            booking_status=booking_status,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            appointment_status=appointment_status,
            participant_status=participant_status,
            customer_id=customer_id,
            title=title,
            duration=duration,
            category=category,
            description=description,
            img_url=img_url,
            instructors=instructors,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_booking_result_appointment_status import AppointmentBookingResultAppointmentStatus
from ..models.appointment_booking_result_booking_status import AppointmentBookingResultBookingStatus
from ..models.appointment_booking_result_participant_status import AppointmentBookingResultParticipantStatus
from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.instructor import Instructor


T = TypeVar("T", bound="AppointmentBookingResult")


@_attrs_define(slots=False, repr=False, eq=False)
class AppointmentBookingResult:
    """
    Attributes:
        booking_id (int): Unique ID of the appointment booking Example: 2033.
        booking_status (AppointmentBookingResultBookingStatus): Status of the appointment booking
        start_date_time (str): Start date and time of the appointment booking (may end with a zone id in brackets, e.g.
            [Europe/Berlin])
        end_date_time (str): End date and time of the appointment booking (may end with a zone id in brackets, e.g.
            [Europe/Berlin])
        appointment_status (AppointmentBookingResultAppointmentStatus): The status of an appointment
        participant_status (AppointmentBookingResultParticipantStatus): The status of a participant
        title (str | Unset): Title of the appointment booking Example: Mission Beach body.
        duration (int | Unset): Duration of the appointment booking in minutes Example: 45.
        category (str | Unset): Category of the appointment booking Example: Fitness.
        description (str | Unset): Description of the appointment booking Example: Get your body ready for beaches.
        img_url (str | Unset): Image URL assigned to display this appointment booking
        instructors (list[Instructor] | Unset): Instructors list of the appointment booking
    """

    booking_id: int
    booking_status: AppointmentBookingResultBookingStatus
    start_date_time: str
    end_date_time: str
    appointment_status: AppointmentBookingResultAppointmentStatus
    participant_status: AppointmentBookingResultParticipantStatus
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
        "startDateTime",
        "endDateTime",
        "appointmentStatus",
        "participantStatus",
        "title",
        "duration",
        "category",
        "description",
        "imgUrl",
        "instructors",
    }
)


def _parse_booking_id(d: dict[str, Any]) -> int:
    _source = d["bookingId"]
    expect_json_scalar(_source, int)
    booking_id: int = _source
    return booking_id


def _parse_booking_status(d: dict[str, Any]) -> AppointmentBookingResultBookingStatus:
    _source = d["bookingStatus"]
    booking_status = AppointmentBookingResultBookingStatus(_source)

    return booking_status


def _parse_start_date_time(d: dict[str, Any]) -> str:
    _source = d["startDateTime"]
    expect_json_scalar(_source, str)
    start_date_time: str = _source
    return start_date_time


def _parse_end_date_time(d: dict[str, Any]) -> str:
    _source = d["endDateTime"]
    expect_json_scalar(_source, str)
    end_date_time: str = _source
    return end_date_time


def _parse_appointment_status(d: dict[str, Any]) -> AppointmentBookingResultAppointmentStatus:
    _source = d["appointmentStatus"]
    appointment_status = AppointmentBookingResultAppointmentStatus(_source)

    return appointment_status


def _parse_participant_status(d: dict[str, Any]) -> AppointmentBookingResultParticipantStatus:
    _source = d["participantStatus"]
    participant_status = AppointmentBookingResultParticipantStatus(_source)

    return participant_status


def _parse_title(d: dict[str, Any]) -> str | Unset:
    _source = d.get("title", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    title: str | Unset = _source
    return title


def _parse_duration(d: dict[str, Any]) -> int | Unset:
    _source = d.get("duration", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    duration: int | Unset = _source
    return duration


def _parse_category(d: dict[str, Any]) -> str | Unset:
    _source = d.get("category", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    category: str | Unset = _source
    return category


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source = d.get("description", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    description: str | Unset = _source
    return description


def _parse_img_url(d: dict[str, Any]) -> str | Unset:
    _source = d.get("imgUrl", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    img_url: str | Unset = _source
    return img_url


def _parse_instructors(d: dict[str, Any]) -> list[Instructor] | Unset:
    from ..models.instructor import Instructor  # noqa: PLC0415

    _source = d.get("instructors", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_array(_source)
    _instructors = _source
    instructors: list[Instructor] | Unset = UNSET
    if _instructors is not UNSET:
        instructors = []
        for instructors_item_data in _instructors:
            instructors_item = Instructor.from_dict(instructors_item_data)

            instructors.append(instructors_item)

    return instructors


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "booking_id": ("bookingId", _parse_booking_id),
    "booking_status": ("bookingStatus", _parse_booking_status),
    "start_date_time": ("startDateTime", _parse_start_date_time),
    "end_date_time": ("endDateTime", _parse_end_date_time),
    "appointment_status": ("appointmentStatus", _parse_appointment_status),
    "participant_status": ("participantStatus", _parse_participant_status),
    "title": ("title", _parse_title),
    "duration": ("duration", _parse_duration),
    "category": ("category", _parse_category),
    "description": ("description", _parse_description),
    "img_url": ("imgUrl", _parse_img_url),
    "instructors": ("instructors", _parse_instructors),
    "additional_properties": ("*", _parse_additional_properties),
}

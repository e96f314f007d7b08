from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.appointment_booking_result_with_customer_id_appointment_status import (
    AppointmentBookingResultWithCustomerIdAppointmentStatus,
)
from ..models.appointment_booking_result_with_customer_id_booking_status import (
    AppointmentBookingResultWithCustomerIdBookingStatus,
)
from ..models.appointment_booking_result_with_customer_id_participant_status import (
    AppointmentBookingResultWithCustomerIdParticipantStatus,
)
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_array,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.instructor import Instructor


T = TypeVar("T", bound="AppointmentBookingResultWithCustomerId")


@_attrs_define(slots=False, repr=False, eq=False)
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "startDateTime",
        "endDateTime",
        "appointmentStatus",
        "participantStatus",
        "customerId",
        "title",
        "duration",
        "category",
        "description",
        "imgUrl",
        "instructors",
    }
)
_AppointmentBookingResultWithCustomerIdBookingStatus_BY_VALUE = enum_members(
    AppointmentBookingResultWithCustomerIdBookingStatus
)
_AppointmentBookingResultWithCustomerIdAppointmentStatus_BY_VALUE = enum_members(
    AppointmentBookingResultWithCustomerIdAppointmentStatus
)
_AppointmentBookingResultWithCustomerIdParticipantStatus_BY_VALUE = enum_members(
    AppointmentBookingResultWithCustomerIdParticipantStatus
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.instructor import Instructor  # noqa: PLC0415

    globals().update(
        {
            "Instructor": Instructor,
        }
    )
    _nested_resolved = True


def _parse_booking_id(d: dict[str, Any]) -> int:
    _source: int = d["bookingId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_booking_status(d: dict[str, Any]) -> AppointmentBookingResultWithCustomerIdBookingStatus:
    _source = d["bookingStatus"]
    try:
        return _AppointmentBookingResultWithCustomerIdBookingStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return AppointmentBookingResultWithCustomerIdBookingStatus(_source)


def _parse_start_date_time(d: dict[str, Any]) -> str:
    _source: str = d["startDateTime"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_end_date_time(d: dict[str, Any]) -> str:
    _source: str = d["endDateTime"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_appointment_status(d: dict[str, Any]) -> AppointmentBookingResultWithCustomerIdAppointmentStatus:
    _source = d["appointmentStatus"]
    try:
        return _AppointmentBookingResultWithCustomerIdAppointmentStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return AppointmentBookingResultWithCustomerIdAppointmentStatus(_source)


def _parse_participant_status(d: dict[str, Any]) -> AppointmentBookingResultWithCustomerIdParticipantStatus:
    _source = d["participantStatus"]
    try:
        return _AppointmentBookingResultWithCustomerIdParticipantStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return AppointmentBookingResultWithCustomerIdParticipantStatus(_source)


def _parse_customer_id(d: dict[str, Any]) -> int:
    _source: int = d["customerId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_title(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("title", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_duration(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("duration", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_category(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("category", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("description", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_img_url(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("imgUrl", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_instructors(d: dict[str, Any]) -> list[Instructor] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("instructors", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
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
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    AppointmentBookingResultWithCustomerId,
    (
        ("booking_id", "bookingId", _parse_booking_id, int),
        ("booking_status", "bookingStatus", _parse_booking_status, None),
        ("start_date_time", "startDateTime", _parse_start_date_time, str),
        ("end_date_time", "endDateTime", _parse_end_date_time, str),
        ("appointment_status", "appointmentStatus", _parse_appointment_status, None),
        ("participant_status", "participantStatus", _parse_participant_status, None),
        ("customer_id", "customerId", _parse_customer_id, int),
        ("title", "title", _parse_title, str),
        ("duration", "duration", _parse_duration, int),
        ("category", "category", _parse_category, str),
        ("description", "description", _parse_description, str),
        ("img_url", "imgUrl", _parse_img_url, str),
        ("instructors", "instructors", _parse_instructors, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

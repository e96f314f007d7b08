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
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.basic_class import BasicClass
    from ..models.instructor import Instructor
    from ..models.location import Location


T = TypeVar("T", bound="ClassSlot")


@_attrs_define(slots=False, repr=False, eq=False)
class ClassSlot:
    """
    Attributes:
        id (int): Unique ID of a class slot Example: 1001.
        additional_participants (int): Additional participants added by the operator Example: 5.
        start_date_time (str | Unset): Class slot start date and time with zone (may end with a zone id in brackets,
            e.g. [Europe/Berlin]) Example: 2022-06-22T08:00:00.000+02:00[Europe/Berlin].
        end_date_time (str | Unset): Class slot end date and time with zone (may end with a zone id in brackets, e.g.
            [Europe/Berlin]) Example: 2022-06-22T09:00:00.000+02:00[Europe/Berlin].
        class_information (BasicClass | Unset): Basic information of a class
        instructors (list[Instructor] | Unset): List of instructors
        location (Location | Unset): Represents location data
        earliest_booking_date_time (str | Unset): Class slot earliest booking date and time with zone (may end with a
            zone id in brackets, e.g. [Europe/Berlin]) Example: 2022-06-15T00:00:00.000+02:00[Europe/Berlin].
        latest_booking_date_time (str | Unset): Class slot latest booking date and time with zone (may end with a zone
            id in brackets, e.g. [Europe/Berlin]) Example: 2022-06-15T23:59:59.999+02:00[Europe/Berlin].
        max_participants (int | Unset): Maximum participants allowed for a class slot Example: 25.
        max_waiting_list_participants (int | Unset): Maximum number of waiting list participants allowed for a class
            slot Example: 5.
        booked_participants (int | Unset): Current number of booked participants of a class slot Example: 25.
        waiting_list_participants (int | Unset): Current number of waiting list participants of a class slot Example: 2.
    """

    id: int
    additional_participants: int
    start_date_time: str | Unset = UNSET
    end_date_time: str | Unset = UNSET
    class_information: BasicClass | Unset = UNSET
    instructors: list[Instructor] | Unset = UNSET
    location: Location | Unset = UNSET
    earliest_booking_date_time: str | Unset = UNSET
    latest_booking_date_time: str | Unset = UNSET
    max_participants: int | Unset = UNSET
    max_waiting_list_participants: int | Unset = UNSET
    booked_participants: int | Unset = UNSET
    waiting_list_participants: int | Unset = UNSET
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

            additional_participants = self.additional_participants

            start_date_time = self.start_date_time

            end_date_time = self.end_date_time

            class_information: dict[str, Any] | Unset = UNSET
            if not isinstance(self.class_information, Unset):
                class_information = self.class_information.to_dict()

            instructors: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.instructors, Unset):
                instructors = []
                for instructors_item_data in self.instructors:
                    instructors_item = instructors_item_data.to_dict()
                    instructors.append(instructors_item)

            location: dict[str, Any] | Unset = UNSET
            if not isinstance(self.location, Unset):
                location = self.location.to_dict()

            earliest_booking_date_time = self.earliest_booking_date_time

            latest_booking_date_time = self.latest_booking_date_time

            max_participants = self.max_participants

            max_waiting_list_participants = self.max_waiting_list_participants

            booked_participants = self.booked_participants

            waiting_list_participants = self.waiting_list_participants

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                    "additionalParticipants": additional_participants,
                }
            )
            if start_date_time is not UNSET:
                field_dict["startDateTime"] = start_date_time
            if end_date_time is not UNSET:
                field_dict["endDateTime"] = end_date_time
            if class_information is not UNSET:
                field_dict["classInformation"] = class_information
            if instructors is not UNSET:
                field_dict["instructors"] = instructors
            if location is not UNSET:
                field_dict["location"] = location
            if earliest_booking_date_time is not UNSET:
                field_dict["earliestBookingDateTime"] = earliest_booking_date_time
            if latest_booking_date_time is not UNSET:
                field_dict["latestBookingDateTime"] = latest_booking_date_time
            if max_participants is not UNSET:
                field_dict["maxParticipants"] = max_participants
            if max_waiting_list_participants is not UNSET:
                field_dict["maxWaitingListParticipants"] = max_waiting_list_participants
            if booked_participants is not UNSET:
                field_dict["bookedParticipants"] = booked_participants
            if waiting_list_participants is not UNSET:
                field_dict["waitingListParticipants"] = waiting_list_participants

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
        "additionalParticipants",
        "startDateTime",
        "endDateTime",
        "classInformation",
        "instructors",
        "location",
        "earliestBookingDateTime",
        "latestBookingDateTime",
        "maxParticipants",
        "maxWaitingListParticipants",
        "bookedParticipants",
        "waitingListParticipants",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.basic_class import BasicClass  # noqa: PLC0415
    from ..models.instructor import Instructor  # noqa: PLC0415
    from ..models.location import Location  # noqa: PLC0415

    globals().update(
        {
            "BasicClass": BasicClass,
            "Instructor": Instructor,
            "Location": Location,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_additional_participants(d: dict[str, Any]) -> int:
    _source: int = d["additionalParticipants"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_start_date_time(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("startDateTime", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_end_date_time(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("endDateTime", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_class_information(d: dict[str, Any]) -> BasicClass | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("classInformation", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _class_information = _source
    class_information: BasicClass | Unset
    if isinstance(_class_information, Unset):
        class_information = UNSET
    else:
        class_information = BasicClass.from_dict(_class_information)

    return class_information


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


def _parse_location(d: dict[str, Any]) -> Location | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("location", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _location = _source
    location: Location | Unset
    if isinstance(_location, Unset):
        location = UNSET
    else:
        location = Location.from_dict(_location)

    return location


def _parse_earliest_booking_date_time(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("earliestBookingDateTime", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_latest_booking_date_time(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("latestBookingDateTime", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_max_participants(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("maxParticipants", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_max_waiting_list_participants(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("maxWaitingListParticipants", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_booked_participants(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("bookedParticipants", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_waiting_list_participants(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("waitingListParticipants", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    ClassSlot,
    (
        ("id", "id", _parse_id, int),
        ("additional_participants", "additionalParticipants", _parse_additional_participants, int),
        ("start_date_time", "startDateTime", _parse_start_date_time, str),
        ("end_date_time", "endDateTime", _parse_end_date_time, str),
        ("class_information", "classInformation", _parse_class_information, None),
        ("instructors", "instructors", _parse_instructors, None),
        ("location", "location", _parse_location, None),
        ("earliest_booking_date_time", "earliestBookingDateTime", _parse_earliest_booking_date_time, str),
        ("latest_booking_date_time", "latestBookingDateTime", _parse_latest_booking_date_time, str),
        ("max_participants", "maxParticipants", _parse_max_participants, int),
        ("max_waiting_list_participants", "maxWaitingListParticipants", _parse_max_waiting_list_participants, int),
        ("booked_participants", "bookedParticipants", _parse_booked_participants, int),
        ("waiting_list_participants", "waitingListParticipants", _parse_waiting_list_participants, int),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

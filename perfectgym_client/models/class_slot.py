from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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


def _parse_id(d: dict[str, Any]) -> int:
    _source = d["id"]
    expect_json_scalar(_source, int)
    id: int = _source
    return id


def _parse_additional_participants(d: dict[str, Any]) -> int:
    _source = d["additionalParticipants"]
    expect_json_scalar(_source, int)
    additional_participants: int = _source
    return additional_participants


def _parse_start_date_time(d: dict[str, Any]) -> str | Unset:
    _source = d.get("startDateTime", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    start_date_time: str | Unset = _source
    return start_date_time


def _parse_end_date_time(d: dict[str, Any]) -> str | Unset:
    _source = d.get("endDateTime", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    end_date_time: str | Unset = _source
    return end_date_time


def _parse_class_information(d: dict[str, Any]) -> BasicClass | Unset:
    from ..models.basic_class import BasicClass  # noqa: PLC0415

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


def _parse_location(d: dict[str, Any]) -> Location | Unset:
    from ..models.location import Location  # noqa: PLC0415

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
    _source = d.get("earliestBookingDateTime", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    earliest_booking_date_time: str | Unset = _source
    return earliest_booking_date_time


def _parse_latest_booking_date_time(d: dict[str, Any]) -> str | Unset:
    _source = d.get("latestBookingDateTime", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    latest_booking_date_time: str | Unset = _source
    return latest_booking_date_time


def _parse_max_participants(d: dict[str, Any]) -> int | Unset:
    _source = d.get("maxParticipants", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    max_participants: int | Unset = _source
    return max_participants


def _parse_max_waiting_list_participants(d: dict[str, Any]) -> int | Unset:
    _source = d.get("maxWaitingListParticipants", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    max_waiting_list_participants: int | Unset = _source
    return max_waiting_list_participants


def _parse_booked_participants(d: dict[str, Any]) -> int | Unset:
    _source = d.get("bookedParticipants", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    booked_participants: int | Unset = _source
    return booked_participants


def _parse_waiting_list_participants(d: dict[str, Any]) -> int | Unset:
    _source = d.get("waitingListParticipants", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    waiting_list_participants: int | Unset = _source
    return waiting_list_participants


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "id": ("id", _parse_id),
    "additional_participants": ("additionalParticipants", _parse_additional_participants),
    "start_date_time": ("startDateTime", _parse_start_date_time),
    "end_date_time": ("endDateTime", _parse_end_date_time),
    "class_information": ("classInformation", _parse_class_information),
    "instructors": ("instructors", _parse_instructors),
    "location": ("location", _parse_location),
    "earliest_booking_date_time": ("earliestBookingDateTime", _parse_earliest_booking_date_time),
    "latest_booking_date_time": ("latestBookingDateTime", _parse_latest_booking_date_time),
    "max_participants": ("maxParticipants", _parse_max_participants),
    "max_waiting_list_participants": ("maxWaitingListParticipants", _parse_max_waiting_list_participants),
    "booked_participants": ("bookedParticipants", _parse_booked_participants),
    "waiting_list_participants": ("waitingListParticipants", _parse_waiting_list_participants),
    "additional_properties": ("*", _parse_additional_properties),
}

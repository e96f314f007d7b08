from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_class import BasicClass
    from ..models.instructor import Instructor
    from ..models.location import Location


T = TypeVar("T", bound="ClassSlot")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
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


@_attrs_define
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
        from ..models.basic_class import BasicClass  # noqa: PLC0415
        from ..models.instructor import Instructor  # noqa: PLC0415
        from ..models.location import Location  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        additional_participants = d.pop("additionalParticipants")

        start_date_time = d.pop("startDateTime", UNSET)

        end_date_time = d.pop("endDateTime", UNSET)

        _class_information = d.pop("classInformation", UNSET)
        class_information: BasicClass | Unset
        if isinstance(_class_information, Unset):
            class_information = UNSET
        else:
            class_information = BasicClass.from_dict(_class_information)

        _instructors = d.pop("instructors", UNSET)
        instructors: list[Instructor] | Unset = UNSET
        if _instructors is not UNSET:
            instructors = []
            for instructors_item_data in _instructors:
                instructors_item = Instructor.from_dict(instructors_item_data)

                instructors.append(instructors_item)

        _location = d.pop("location", UNSET)
        location: Location | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Location.from_dict(_location)

        earliest_booking_date_time = d.pop("earliestBookingDateTime", UNSET)

        latest_booking_date_time = d.pop("latestBookingDateTime", UNSET)

        max_participants = d.pop("maxParticipants", UNSET)

        max_waiting_list_participants = d.pop("maxWaitingListParticipants", UNSET)

        booked_participants = d.pop("bookedParticipants", UNSET)

        waiting_list_participants = d.pop("waitingListParticipants", UNSET)

        _obj = cls(
            id=id,
            additional_participants=additional_participants,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            class_information=class_information,
            instructors=instructors,
            location=location,
            earliest_booking_date_time=earliest_booking_date_time,
            latest_booking_date_time=latest_booking_date_time,
            max_participants=max_participants,
            max_waiting_list_participants=max_waiting_list_participants,
            booked_participants=booked_participants,
            waiting_list_participants=waiting_list_participants,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instructor import Instructor


T = TypeVar("T", bound="BookableAppointmentSlot")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "startDateTime",
        "endDateTime",
        "instructors",
    }
)


@_attrs_define
class BookableAppointmentSlot:
    """
    Attributes:
        start_date_time (str | Unset): Start date time of the bookable appointment slot (may end with a zone id in
            brackets, e.g. [Europe/Berlin]) Example: 2022-06-22T08:00:00.000+02:00[Europe/Berlin].
        end_date_time (str | Unset): End date time of the bookable appointment slot (may end with a zone id in brackets,
            e.g. [Europe/Berlin]) Example: 2022-06-22T10:00:00.000+02:00[Europe/Berlin].
        instructors (list[Instructor] | Unset): List of instructors
    """

    start_date_time: str | Unset = UNSET
    end_date_time: str | Unset = UNSET
    instructors: list[Instructor] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date_time = self.start_date_time

        end_date_time = self.end_date_time

        instructors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructors, Unset):
            instructors = []
            for instructors_item_data in self.instructors:
                instructors_item = instructors_item_data.to_dict()
                instructors.append(instructors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if instructors is not UNSET:
            field_dict["instructors"] = instructors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instructor import Instructor  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        start_date_time = d.pop("startDateTime", UNSET)

        end_date_time = d.pop("endDateTime", UNSET)

        _instructors = d.pop("instructors", UNSET)
        instructors: list[Instructor] | Unset = UNSET
        if _instructors is not UNSET:
            instructors = []
            for instructors_item_data in _instructors:
                instructors_item = Instructor.from_dict(instructors_item_data)

                instructors.append(instructors_item)

        _obj = cls(
            start_date_time=start_date_time,
            end_date_time=end_date_time,
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

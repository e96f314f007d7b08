from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_opening_hours_day_of_week_from import StudioOpeningHoursDayOfWeekFrom
from ..models.studio_opening_hours_day_of_week_to import StudioOpeningHoursDayOfWeekTo
from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioOpeningHours")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "dayOfWeekFrom",
        "dayOfWeekTo",
        "timeFrom",
        "timeTo",
    }
)


@_attrs_define
class StudioOpeningHours:
    """
    Attributes:
        day_of_week_from (StudioOpeningHoursDayOfWeekFrom | Unset): Start day of given range opening hours
        day_of_week_to (StudioOpeningHoursDayOfWeekTo | Unset): End day of given range opening hours
        time_from (str | Unset): Start hour of the range opening hours in ISO-8601 format Example: 06:00:00.
        time_to (str | Unset): End hour of the range opening hours in ISO-8601 format Example: 23:00:00.
    """

    day_of_week_from: StudioOpeningHoursDayOfWeekFrom | Unset = UNSET
    day_of_week_to: StudioOpeningHoursDayOfWeekTo | Unset = UNSET
    time_from: str | Unset = UNSET
    time_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_week_from: str | Unset = UNSET
        if not isinstance(self.day_of_week_from, Unset):
            day_of_week_from = self.day_of_week_from.value

        day_of_week_to: str | Unset = UNSET
        if not isinstance(self.day_of_week_to, Unset):
            day_of_week_to = self.day_of_week_to.value

        time_from = self.time_from

        time_to = self.time_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day_of_week_from is not UNSET:
            field_dict["dayOfWeekFrom"] = day_of_week_from
        if day_of_week_to is not UNSET:
            field_dict["dayOfWeekTo"] = day_of_week_to
        if time_from is not UNSET:
            field_dict["timeFrom"] = time_from
        if time_to is not UNSET:
            field_dict["timeTo"] = time_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        _day_of_week_from = d.pop("dayOfWeekFrom", UNSET)
        day_of_week_from: StudioOpeningHoursDayOfWeekFrom | Unset
        if isinstance(_day_of_week_from, Unset):
            day_of_week_from = UNSET
        else:
            day_of_week_from = StudioOpeningHoursDayOfWeekFrom(_day_of_week_from)

        _day_of_week_to = d.pop("dayOfWeekTo", UNSET)
        day_of_week_to: StudioOpeningHoursDayOfWeekTo | Unset
        if isinstance(_day_of_week_to, Unset):
            day_of_week_to = UNSET
        else:
            day_of_week_to = StudioOpeningHoursDayOfWeekTo(_day_of_week_to)

        time_from = d.pop("timeFrom", UNSET)

        time_to = d.pop("timeTo", UNSET)

        _obj = cls(
            day_of_week_from=day_of_week_from,
            day_of_week_to=day_of_week_to,
            time_from=time_from,
            time_to=time_to,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.availability_day_of_week import AvailabilityDayOfWeek

T = TypeVar("T", bound="Availability")


@_attrs_define
class Availability:
    """
    Attributes:
        day_of_week (AvailabilityDayOfWeek): Day of the week
        time_from (str): Start time in ISO-8601 format Example: 06:00:00.
        time_to (str): End time in ISO-8601 format Example: 23:00:00.
    """

    day_of_week: AvailabilityDayOfWeek
    time_from: str
    time_to: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_week = self.day_of_week.value

        time_from = self.time_from

        time_to = self.time_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dayOfWeek": day_of_week,
                "timeFrom": time_from,
                "timeTo": time_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_of_week = AvailabilityDayOfWeek(d.pop("dayOfWeek"))

        time_from = d.pop("timeFrom")

        time_to = d.pop("timeTo")

        _obj = cls(
            day_of_week=day_of_week,
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

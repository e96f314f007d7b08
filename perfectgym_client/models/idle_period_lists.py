from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.idle_period import IdlePeriod


T = TypeVar("T", bound="IdlePeriodLists")


@_attrs_define
class IdlePeriodLists:
    """
    Attributes:
        past_idle_periods (list[IdlePeriod]): Past idle period list
        current_and_upcoming_idle_periods (list[IdlePeriod]): Current and upcoming idle period list
    """

    past_idle_periods: list[IdlePeriod]
    current_and_upcoming_idle_periods: list[IdlePeriod]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        past_idle_periods = []
        for past_idle_periods_item_data in self.past_idle_periods:
            past_idle_periods_item = past_idle_periods_item_data.to_dict()
            past_idle_periods.append(past_idle_periods_item)

        current_and_upcoming_idle_periods = []
        for current_and_upcoming_idle_periods_item_data in self.current_and_upcoming_idle_periods:
            current_and_upcoming_idle_periods_item = current_and_upcoming_idle_periods_item_data.to_dict()
            current_and_upcoming_idle_periods.append(current_and_upcoming_idle_periods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pastIdlePeriods": past_idle_periods,
                "currentAndUpcomingIdlePeriods": current_and_upcoming_idle_periods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.idle_period import IdlePeriod  # noqa: PLC0415

        d = dict(src_dict)
        past_idle_periods = []
        _past_idle_periods = d.pop("pastIdlePeriods")
        for past_idle_periods_item_data in _past_idle_periods:
            past_idle_periods_item = IdlePeriod.from_dict(past_idle_periods_item_data)

            past_idle_periods.append(past_idle_periods_item)

        current_and_upcoming_idle_periods = []
        _current_and_upcoming_idle_periods = d.pop("currentAndUpcomingIdlePeriods")
        for current_and_upcoming_idle_periods_item_data in _current_and_upcoming_idle_periods:
            current_and_upcoming_idle_periods_item = IdlePeriod.from_dict(current_and_upcoming_idle_periods_item_data)

            current_and_upcoming_idle_periods.append(current_and_upcoming_idle_periods_item)

        _obj = cls(
            past_idle_periods=past_idle_periods,
            current_and_upcoming_idle_periods=current_and_upcoming_idle_periods,
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

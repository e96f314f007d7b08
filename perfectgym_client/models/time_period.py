from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_period_period_unit import TimePeriodPeriodUnit

T = TypeVar("T", bound="TimePeriod")


@_attrs_define
class TimePeriod:
    """Represents a time period

    Attributes:
        period_value (int): Defines how many units a given period lasts Example: 10.
        period_unit (TimePeriodPeriodUnit): Unit of the period
    """

    period_value: int
    period_unit: TimePeriodPeriodUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_value = self.period_value

        period_unit = self.period_unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "periodValue": period_value,
                "periodUnit": period_unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period_value = d.pop("periodValue")

        period_unit = TimePeriodPeriodUnit(d.pop("periodUnit"))

        _obj = cls(
            period_value=period_value,
            period_unit=period_unit,
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

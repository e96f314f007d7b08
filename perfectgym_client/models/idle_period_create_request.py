from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.idle_period_create_request_temporal_unit import IdlePeriodCreateRequestTemporalUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="IdlePeriodCreateRequest")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "temporalUnit",
        "termValue",
        "unlimited",
    }
)


@_attrs_define
class IdlePeriodCreateRequest:
    """
    Attributes:
        start_date (datetime.date): Start date of the idle period
        reason_id (int): ID of an idle period reason Example: 1.
        temporal_unit (IdlePeriodCreateRequestTemporalUnit | Unset): Represents the temporal unit of an idle period
        term_value (int | Unset): Duration term of the idle period Example: 1.
        unlimited (bool | Unset): If true, the idle period has no defined end date Example: True.
    """

    start_date: datetime.date
    reason_id: int
    temporal_unit: IdlePeriodCreateRequestTemporalUnit | Unset = UNSET
    term_value: int | Unset = UNSET
    unlimited: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        reason_id = self.reason_id

        temporal_unit: str | Unset = UNSET
        if not isinstance(self.temporal_unit, Unset):
            temporal_unit = self.temporal_unit.value

        term_value = self.term_value

        unlimited = self.unlimited

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDate": start_date,
                "reasonId": reason_id,
            }
        )
        if temporal_unit is not UNSET:
            field_dict["temporalUnit"] = temporal_unit
        if term_value is not UNSET:
            field_dict["termValue"] = term_value
        if unlimited is not UNSET:
            field_dict["unlimited"] = unlimited

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        reason_id = d.pop("reasonId")

        _temporal_unit = d.pop("temporalUnit", UNSET)
        temporal_unit: IdlePeriodCreateRequestTemporalUnit | Unset
        if isinstance(_temporal_unit, Unset):
            temporal_unit = UNSET
        else:
            temporal_unit = IdlePeriodCreateRequestTemporalUnit(_temporal_unit)

        term_value = d.pop("termValue", UNSET)

        unlimited = d.pop("unlimited", UNSET)

        _obj = cls(
            start_date=start_date,
            reason_id=reason_id,
            temporal_unit=temporal_unit,
            term_value=term_value,
            unlimited=unlimited,
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

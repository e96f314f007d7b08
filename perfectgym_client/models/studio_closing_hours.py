from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioClosingHours")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "reason",
        "dateTimeFrom",
        "dateTimeTo",
    }
)


@_attrs_define
class StudioClosingHours:
    """
    Attributes:
        reason (str | Unset): Reason of closure Example: Public holiday.
        date_time_from (str | Unset): Start of the range closing hours (may end with a zone id in brackets, e.g.
            [Europe/Berlin]) Example: 2025-09-21T00:00:00.
        date_time_to (str | Unset): End of the range closing hours (may end with a zone id in brackets, e.g.
            [Europe/Berlin]) Example: 2025-09-22T00:00:00.
    """

    reason: str | Unset = UNSET
    date_time_from: str | Unset = UNSET
    date_time_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        date_time_from = self.date_time_from

        date_time_to = self.date_time_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if date_time_from is not UNSET:
            field_dict["dateTimeFrom"] = date_time_from
        if date_time_to is not UNSET:
            field_dict["dateTimeTo"] = date_time_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        reason = d.pop("reason", UNSET)

        date_time_from = d.pop("dateTimeFrom", UNSET)

        date_time_to = d.pop("dateTimeTo", UNSET)

        _obj = cls(
            reason=reason,
            date_time_from=date_time_from,
            date_time_to=date_time_to,
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

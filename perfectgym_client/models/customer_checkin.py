from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerCheckin")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "checkInDateTime",
        "checkOutDateTime",
        "studioId",
        "studioName",
    }
)


@_attrs_define
class CustomerCheckin:
    """
    Attributes:
        checkin_id (int): Unique ID of the studio visit Example: 1001.
        check_in_date_time (datetime.datetime | Unset): Check in time of the studio visit in ISO-8601 format Example:
            2023-12-03T10:15:30+01:00.
        check_out_date_time (datetime.datetime | Unset): Check out time of the studio visit in ISO-8601 format Example:
            2023-12-03T10:16:30+01:00.
        studio_id (int | Unset): Studio ID of the checkin studio Example: 123.
        studio_name (str | Unset): Studio name of the checkin studio Example: Example studio.
    """

    checkin_id: int
    check_in_date_time: datetime.datetime | Unset = UNSET
    check_out_date_time: datetime.datetime | Unset = UNSET
    studio_id: int | Unset = UNSET
    studio_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkin_id = self.checkin_id

        check_in_date_time: str | Unset = UNSET
        if not isinstance(self.check_in_date_time, Unset):
            check_in_date_time = self.check_in_date_time.isoformat()

        check_out_date_time: str | Unset = UNSET
        if not isinstance(self.check_out_date_time, Unset):
            check_out_date_time = self.check_out_date_time.isoformat()

        studio_id = self.studio_id

        studio_name = self.studio_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkinId": checkin_id,
            }
        )
        if check_in_date_time is not UNSET:
            field_dict["checkInDateTime"] = check_in_date_time
        if check_out_date_time is not UNSET:
            field_dict["checkOutDateTime"] = check_out_date_time
        if studio_id is not UNSET:
            field_dict["studioId"] = studio_id
        if studio_name is not UNSET:
            field_dict["studioName"] = studio_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        checkin_id = d.pop("checkinId")

        _check_in_date_time = d.pop("checkInDateTime", UNSET)
        check_in_date_time: datetime.datetime | Unset
        if isinstance(_check_in_date_time, Unset):
            check_in_date_time = UNSET
        else:
            check_in_date_time = datetime.datetime.fromisoformat(_check_in_date_time)

        _check_out_date_time = d.pop("checkOutDateTime", UNSET)
        check_out_date_time: datetime.datetime | Unset
        if isinstance(_check_out_date_time, Unset):
            check_out_date_time = UNSET
        else:
            check_out_date_time = datetime.datetime.fromisoformat(_check_out_date_time)

        studio_id = d.pop("studioId", UNSET)

        studio_name = d.pop("studioName", UNSET)

        _obj = cls(
            checkin_id=checkin_id,
            check_in_date_time=check_in_date_time,
            check_out_date_time=check_out_date_time,
            studio_id=studio_id,
            studio_name=studio_name,
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="CustomerCheckin")


@_attrs_define(slots=False, repr=False, eq=False)
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
        "checkinId",
        "checkInDateTime",
        "checkOutDateTime",
        "studioId",
        "studioName",
    }
)


def _parse_checkin_id(d: dict[str, Any]) -> int:
    _source = d["checkinId"]
    expect_json_scalar(_source, int)
    checkin_id: int = _source
    return checkin_id


def _parse_check_in_date_time(d: dict[str, Any]) -> datetime.datetime | Unset:
    _source = d.get("checkInDateTime", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _check_in_date_time = _source
    check_in_date_time: datetime.datetime | Unset
    if isinstance(_check_in_date_time, Unset):
        check_in_date_time = UNSET
    else:
        check_in_date_time = datetime.datetime.fromisoformat(_check_in_date_time)

    return check_in_date_time


def _parse_check_out_date_time(d: dict[str, Any]) -> datetime.datetime | Unset:
    _source = d.get("checkOutDateTime", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _check_out_date_time = _source
    check_out_date_time: datetime.datetime | Unset
    if isinstance(_check_out_date_time, Unset):
        check_out_date_time = UNSET
    else:
        check_out_date_time = datetime.datetime.fromisoformat(_check_out_date_time)

    return check_out_date_time


def _parse_studio_id(d: dict[str, Any]) -> int | Unset:
    _source = d.get("studioId", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    studio_id: int | Unset = _source
    return studio_id


def _parse_studio_name(d: dict[str, Any]) -> str | Unset:
    _source = d.get("studioName", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    studio_name: str | Unset = _source
    return studio_name


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "checkin_id": ("checkinId", _parse_checkin_id),
    "check_in_date_time": ("checkInDateTime", _parse_check_in_date_time),
    "check_out_date_time": ("checkOutDateTime", _parse_check_out_date_time),
    "studio_id": ("studioId", _parse_studio_id),
    "studio_name": ("studioName", _parse_studio_name),
    "additional_properties": ("*", _parse_additional_properties),
}

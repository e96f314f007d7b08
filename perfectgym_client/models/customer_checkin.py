from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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

        except MalformedFieldError:
            if "_raw" not in self.__dict__:
                raise
            return dict_as_received(self)

    def to_json(self, *, exclude_unset: bool = True) -> str:
        """``to_dict()`` as compact JSON text."""
        return model_json(self.to_dict(exclude_unset=exclude_unset))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON, keeping the dict (not a copy). Fields are parsed when first read."""
        _obj = cls.__new__(cls)
        _obj.__dict__["_raw"] = src_dict if src_dict.__class__ is dict else json_object(src_dict)
        return _obj

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
    _source: int = d["checkinId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


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
    _source: int | Unset = d.get("studioId", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_studio_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("studioName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    CustomerCheckin,
    (
        ("checkin_id", "checkinId", _parse_checkin_id, int),
        ("check_in_date_time", "checkInDateTime", _parse_check_in_date_time, None),
        ("check_out_date_time", "checkOutDateTime", _parse_check_out_date_time, None),
        ("studio_id", "studioId", _parse_studio_id, int),
        ("studio_name", "studioName", _parse_studio_name, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

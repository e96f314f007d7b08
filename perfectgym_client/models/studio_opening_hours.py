from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.studio_opening_hours_day_of_week_from import StudioOpeningHoursDayOfWeekFrom
from ..models.studio_opening_hours_day_of_week_to import StudioOpeningHoursDayOfWeekTo
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

T = TypeVar("T", bound="StudioOpeningHours")


@_attrs_define(slots=False, repr=False, eq=False)
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
            day_of_week_from: str | Unset = UNSET
            if not isinstance(self.day_of_week_from, Unset):
                day_of_week_from = self.day_of_week_from.value

            day_of_week_to: str | Unset = UNSET
            if not isinstance(self.day_of_week_to, Unset):
                day_of_week_to = self.day_of_week_to.value

            time_from = self.time_from

            time_to = self.time_to

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "dayOfWeekFrom",
        "dayOfWeekTo",
        "timeFrom",
        "timeTo",
    }
)
_StudioOpeningHoursDayOfWeekFrom_BY_VALUE = enum_members(StudioOpeningHoursDayOfWeekFrom)
_StudioOpeningHoursDayOfWeekTo_BY_VALUE = enum_members(StudioOpeningHoursDayOfWeekTo)


def _parse_day_of_week_from(d: dict[str, Any]) -> StudioOpeningHoursDayOfWeekFrom | Unset:
    _source = d.get("dayOfWeekFrom", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _StudioOpeningHoursDayOfWeekFrom_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return StudioOpeningHoursDayOfWeekFrom(_source)


def _parse_day_of_week_to(d: dict[str, Any]) -> StudioOpeningHoursDayOfWeekTo | Unset:
    _source = d.get("dayOfWeekTo", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _StudioOpeningHoursDayOfWeekTo_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return StudioOpeningHoursDayOfWeekTo(_source)


def _parse_time_from(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("timeFrom", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_time_to(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("timeTo", UNSET)
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
    StudioOpeningHours,
    (
        ("day_of_week_from", "dayOfWeekFrom", _parse_day_of_week_from, None),
        ("day_of_week_to", "dayOfWeekTo", _parse_day_of_week_to, None),
        ("time_from", "timeFrom", _parse_time_from, str),
        ("time_to", "timeTo", _parse_time_to, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.idle_period_update_request_temporal_unit import IdlePeriodUpdateRequestTemporalUnit
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

T = TypeVar("T", bound="IdlePeriodUpdateRequest")


@_attrs_define(slots=False, repr=False, eq=False)
class IdlePeriodUpdateRequest:
    """
    Attributes:
        start_date (datetime.date): Start date of the idle period
        reason_id (int): ID of an idle period reason Example: 1.
        temporal_unit (IdlePeriodUpdateRequestTemporalUnit | Unset): Represents the temporal unit of an idle period
        term_value (int | Unset): Duration term of the idle period Example: 1.
        unlimited (bool | Unset): If true, the idle period has no defined end date Example: True.
        end_date (datetime.date | Unset): End date of the idle period Example: 2025-12-31.
    """

    start_date: datetime.date
    reason_id: int
    temporal_unit: IdlePeriodUpdateRequestTemporalUnit | Unset = UNSET
    term_value: int | Unset = UNSET
    unlimited: bool | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
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
            start_date = self.start_date.isoformat()

            reason_id = self.reason_id

            temporal_unit: str | Unset = UNSET
            if not isinstance(self.temporal_unit, Unset):
                temporal_unit = self.temporal_unit.value

            term_value = self.term_value

            unlimited = self.unlimited

            end_date: str | Unset = UNSET
            if not isinstance(self.end_date, Unset):
                end_date = self.end_date.isoformat()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
            if end_date is not UNSET:
                field_dict["endDate"] = end_date

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
        "startDate",
        "reasonId",
        "temporalUnit",
        "termValue",
        "unlimited",
        "endDate",
    }
)
_IdlePeriodUpdateRequestTemporalUnit_BY_VALUE = enum_members(IdlePeriodUpdateRequestTemporalUnit)


def _parse_start_date(d: dict[str, Any]) -> datetime.date:
    _source = d["startDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    start_date = datetime.date.fromisoformat(_source)

    return start_date


def _parse_reason_id(d: dict[str, Any]) -> int:
    _source: int = d["reasonId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_temporal_unit(d: dict[str, Any]) -> IdlePeriodUpdateRequestTemporalUnit | Unset:
    _source = d.get("temporalUnit", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _IdlePeriodUpdateRequestTemporalUnit_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return IdlePeriodUpdateRequestTemporalUnit(_source)


def _parse_term_value(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("termValue", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_unlimited(d: dict[str, Any]) -> bool | Unset:
    _source: bool | Unset = d.get("unlimited", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_end_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("endDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _end_date = _source
    end_date: datetime.date | Unset
    if isinstance(_end_date, Unset):
        end_date = UNSET
    else:
        end_date = datetime.date.fromisoformat(_end_date)

    return end_date


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    IdlePeriodUpdateRequest,
    (
        ("start_date", "startDate", _parse_start_date, None),
        ("reason_id", "reasonId", _parse_reason_id, int),
        ("temporal_unit", "temporalUnit", _parse_temporal_unit, None),
        ("term_value", "termValue", _parse_term_value, int),
        ("unlimited", "unlimited", _parse_unlimited, bool),
        ("end_date", "endDate", _parse_end_date, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.idle_period_validation_request_temporal_unit import IdlePeriodValidationRequestTemporalUnit
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="IdlePeriodValidationRequest")


@_attrs_define(slots=False, repr=False, eq=False)
class IdlePeriodValidationRequest:
    """
    Attributes:
        start_date (datetime.date): Start date of the idle period
        temporal_unit (IdlePeriodValidationRequestTemporalUnit | Unset): Represents the temporal unit of an idle period
        term_value (int | Unset): Duration term of the idle period Example: 1.
        unlimited (bool | Unset): If true, the idle period has no defined end date Example: True.
    """

    start_date: datetime.date
    temporal_unit: IdlePeriodValidationRequestTemporalUnit | Unset = UNSET
    term_value: int | Unset = UNSET
    unlimited: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

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
        "startDate",
        "temporalUnit",
        "termValue",
        "unlimited",
    }
)


def _parse_start_date(d: dict[str, Any]) -> datetime.date:
    _source = d["startDate"]
    start_date = datetime.date.fromisoformat(_source)

    return start_date


def _parse_temporal_unit(d: dict[str, Any]) -> IdlePeriodValidationRequestTemporalUnit | Unset:
    _source = d.get("temporalUnit", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _temporal_unit = _source
    temporal_unit: IdlePeriodValidationRequestTemporalUnit | Unset
    if isinstance(_temporal_unit, Unset):
        temporal_unit = UNSET
    else:
        temporal_unit = IdlePeriodValidationRequestTemporalUnit(_temporal_unit)

    return temporal_unit


def _parse_term_value(d: dict[str, Any]) -> int | Unset:
    _source = d.get("termValue", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    term_value: int | Unset = _source
    return term_value


def _parse_unlimited(d: dict[str, Any]) -> bool | Unset:
    _source = d.get("unlimited", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, bool)
    unlimited: bool | Unset = _source
    return unlimited


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "start_date": ("startDate", _parse_start_date),
    "temporal_unit": ("temporalUnit", _parse_temporal_unit),
    "term_value": ("termValue", _parse_term_value),
    "unlimited": ("unlimited", _parse_unlimited),
    "additional_properties": ("*", _parse_additional_properties),
}

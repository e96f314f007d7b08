from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    dict_as_received,
    dict_with_absent_fields,
    expect_json_array,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.idle_period import IdlePeriod


T = TypeVar("T", bound="IdlePeriodLists")


@_attrs_define(slots=False, repr=False, eq=False)
class IdlePeriodLists:
    """
    Attributes:
        past_idle_periods (list[IdlePeriod]): Past idle period list
        current_and_upcoming_idle_periods (list[IdlePeriod]): Current and upcoming idle period list
    """

    past_idle_periods: list[IdlePeriod]
    current_and_upcoming_idle_periods: list[IdlePeriod]
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
            past_idle_periods = []
            for past_idle_periods_item_data in self.past_idle_periods:
                past_idle_periods_item = past_idle_periods_item_data.to_dict()
                past_idle_periods.append(past_idle_periods_item)

            current_and_upcoming_idle_periods = []
            for current_and_upcoming_idle_periods_item_data in self.current_and_upcoming_idle_periods:
                current_and_upcoming_idle_periods_item = current_and_upcoming_idle_periods_item_data.to_dict()
                current_and_upcoming_idle_periods.append(current_and_upcoming_idle_periods_item)

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "pastIdlePeriods": past_idle_periods,
                    "currentAndUpcomingIdlePeriods": current_and_upcoming_idle_periods,
                }
            )

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
        "pastIdlePeriods",
        "currentAndUpcomingIdlePeriods",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.idle_period import IdlePeriod  # noqa: PLC0415

    globals().update(
        {
            "IdlePeriod": IdlePeriod,
        }
    )
    _nested_resolved = True


def _parse_past_idle_periods(d: dict[str, Any]) -> list[IdlePeriod]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["pastIdlePeriods"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    past_idle_periods = []
    _past_idle_periods = _source
    for past_idle_periods_item_data in _past_idle_periods:
        past_idle_periods_item = IdlePeriod.from_dict(past_idle_periods_item_data)

        past_idle_periods.append(past_idle_periods_item)

    return past_idle_periods


def _parse_current_and_upcoming_idle_periods(d: dict[str, Any]) -> list[IdlePeriod]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["currentAndUpcomingIdlePeriods"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    current_and_upcoming_idle_periods = []
    _current_and_upcoming_idle_periods = _source
    for current_and_upcoming_idle_periods_item_data in _current_and_upcoming_idle_periods:
        current_and_upcoming_idle_periods_item = IdlePeriod.from_dict(current_and_upcoming_idle_periods_item_data)

        current_and_upcoming_idle_periods.append(current_and_upcoming_idle_periods_item)

    return current_and_upcoming_idle_periods


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    IdlePeriodLists,
    (
        ("past_idle_periods", "pastIdlePeriods", _parse_past_idle_periods, None),
        (
            "current_and_upcoming_idle_periods",
            "currentAndUpcomingIdlePeriods",
            _parse_current_and_upcoming_idle_periods,
            None,
        ),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.instructor import Instructor


T = TypeVar("T", bound="BookableAppointmentSlot")


@_attrs_define(slots=False, repr=False, eq=False)
class BookableAppointmentSlot:
    """
    Attributes:
        start_date_time (str | Unset): Start date time of the bookable appointment slot (may end with a zone id in
            brackets, e.g. [Europe/Berlin]) Example: 2022-06-22T08:00:00.000+02:00[Europe/Berlin].
        end_date_time (str | Unset): End date time of the bookable appointment slot (may end with a zone id in brackets,
            e.g. [Europe/Berlin]) Example: 2022-06-22T10:00:00.000+02:00[Europe/Berlin].
        instructors (list[Instructor] | Unset): List of instructors
    """

    start_date_time: str | Unset = UNSET
    end_date_time: str | Unset = UNSET
    instructors: list[Instructor] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date_time = self.start_date_time

        end_date_time = self.end_date_time

        instructors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructors, Unset):
            instructors = []
            for instructors_item_data in self.instructors:
                instructors_item = instructors_item_data.to_dict()
                instructors.append(instructors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if instructors is not UNSET:
            field_dict["instructors"] = instructors

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
        "startDateTime",
        "endDateTime",
        "instructors",
    }
)


def _parse_start_date_time(d: dict[str, Any]) -> str | Unset:
    _source = d.get("startDateTime", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    start_date_time: str | Unset = _source
    return start_date_time


def _parse_end_date_time(d: dict[str, Any]) -> str | Unset:
    _source = d.get("endDateTime", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    end_date_time: str | Unset = _source
    return end_date_time


def _parse_instructors(d: dict[str, Any]) -> list[Instructor] | Unset:
    from ..models.instructor import Instructor  # noqa: PLC0415

    _source = d.get("instructors", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_array(_source)
    _instructors = _source
    instructors: list[Instructor] | Unset = UNSET
    if _instructors is not UNSET:
        instructors = []
        for instructors_item_data in _instructors:
            instructors_item = Instructor.from_dict(instructors_item_data)

            instructors.append(instructors_item)

    return instructors


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "start_date_time": ("startDateTime", _parse_start_date_time),
    "end_date_time": ("endDateTime", _parse_end_date_time),
    "instructors": ("instructors", _parse_instructors),
    "additional_properties": ("*", _parse_additional_properties),
}

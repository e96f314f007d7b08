from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.availability import Availability
    from ..models.opening_hours_category import OpeningHoursCategory


T = TypeVar("T", bound="TimeRestrictions")


@_attrs_define(slots=False, repr=False, eq=False)
class TimeRestrictions:
    """Time restrictions for this membership offer based on opening hours categories

    Attributes:
        opening_hours_category (OpeningHoursCategory | Unset): Opening hours category that defines these restrictions
        availabilities (list[Availability] | Unset): List of availabilities for this offer
    """

    opening_hours_category: OpeningHoursCategory | Unset = UNSET
    availabilities: list[Availability] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opening_hours_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opening_hours_category, Unset):
            opening_hours_category = self.opening_hours_category.to_dict()

        availabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availabilities, Unset):
            availabilities = []
            for availabilities_item_data in self.availabilities:
                availabilities_item = availabilities_item_data.to_dict()
                availabilities.append(availabilities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opening_hours_category is not UNSET:
            field_dict["openingHoursCategory"] = opening_hours_category
        if availabilities is not UNSET:
            field_dict["availabilities"] = availabilities

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
        "openingHoursCategory",
        "availabilities",
    }
)


def _parse_opening_hours_category(d: dict[str, Any]) -> OpeningHoursCategory | Unset:
    from ..models.opening_hours_category import OpeningHoursCategory  # noqa: PLC0415

    _source = d.get("openingHoursCategory", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _opening_hours_category = _source
    opening_hours_category: OpeningHoursCategory | Unset
    if isinstance(_opening_hours_category, Unset):
        opening_hours_category = UNSET
    else:
        opening_hours_category = OpeningHoursCategory.from_dict(_opening_hours_category)

    return opening_hours_category


def _parse_availabilities(d: dict[str, Any]) -> list[Availability] | Unset:
    from ..models.availability import Availability  # noqa: PLC0415

    _source = d.get("availabilities", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_array(_source)
    _availabilities = _source
    availabilities: list[Availability] | Unset = UNSET
    if _availabilities is not UNSET:
        availabilities = []
        for availabilities_item_data in _availabilities:
            availabilities_item = Availability.from_dict(availabilities_item_data)

            availabilities.append(availabilities_item)

    return availabilities


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "opening_hours_category": ("openingHoursCategory", _parse_opening_hours_category),
    "availabilities": ("availabilities", _parse_availabilities),
    "additional_properties": ("*", _parse_additional_properties),
}

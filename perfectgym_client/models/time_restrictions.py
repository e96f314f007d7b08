from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update({})
            if opening_hours_category is not UNSET:
                field_dict["openingHoursCategory"] = opening_hours_category
            if availabilities is not UNSET:
                field_dict["availabilities"] = availabilities

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
        "openingHoursCategory",
        "availabilities",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.availability import Availability  # noqa: PLC0415
    from ..models.opening_hours_category import OpeningHoursCategory  # noqa: PLC0415

    globals().update(
        {
            "Availability": Availability,
            "OpeningHoursCategory": OpeningHoursCategory,
        }
    )
    _nested_resolved = True


def _parse_opening_hours_category(d: dict[str, Any]) -> OpeningHoursCategory | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("availabilities", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
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
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    TimeRestrictions,
    (
        ("opening_hours_category", "openingHoursCategory", _parse_opening_hours_category, None),
        ("availabilities", "availabilities", _parse_availabilities, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

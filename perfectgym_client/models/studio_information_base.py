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

T = TypeVar("T", bound="StudioInformationBase")


@_attrs_define(slots=False, repr=False, eq=False)
class StudioInformationBase:
    """
    Attributes:
        studio_id (int): Studio Id Example: 123.
        name (str | Unset): Studio name Example: Example studio.
        description (str | Unset): Studio description Example: Example studio description.
        country (str | Unset): Studio address' country Example: Germany.
        country_code (str | Unset): Studio address' country code Example: DE.
        opening_date (datetime.date | Unset): Studio opening date Example: 2025-06-11.
        closing_date (datetime.date | Unset): Studio closing date Example: 2029-01-01.
    """

    studio_id: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    country: str | Unset = UNSET
    country_code: str | Unset = UNSET
    opening_date: datetime.date | Unset = UNSET
    closing_date: datetime.date | Unset = UNSET
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
            studio_id = self.studio_id

            name = self.name

            description = self.description

            country = self.country

            country_code = self.country_code

            opening_date: str | Unset = UNSET
            if not isinstance(self.opening_date, Unset):
                opening_date = self.opening_date.isoformat()

            closing_date: str | Unset = UNSET
            if not isinstance(self.closing_date, Unset):
                closing_date = self.closing_date.isoformat()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "studioId": studio_id,
                }
            )
            if name is not UNSET:
                field_dict["name"] = name
            if description is not UNSET:
                field_dict["description"] = description
            if country is not UNSET:
                field_dict["country"] = country
            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
            if opening_date is not UNSET:
                field_dict["openingDate"] = opening_date
            if closing_date is not UNSET:
                field_dict["closingDate"] = closing_date

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
        "studioId",
        "name",
        "description",
        "country",
        "countryCode",
        "openingDate",
        "closingDate",
    }
)


def _parse_studio_id(d: dict[str, Any]) -> int:
    _source: int = d["studioId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("name", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("description", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_country(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("country", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_country_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("countryCode", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_opening_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("openingDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _opening_date = _source
    opening_date: datetime.date | Unset
    if isinstance(_opening_date, Unset):
        opening_date = UNSET
    else:
        opening_date = datetime.date.fromisoformat(_opening_date)

    return opening_date


def _parse_closing_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("closingDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _closing_date = _source
    closing_date: datetime.date | Unset
    if isinstance(_closing_date, Unset):
        closing_date = UNSET
    else:
        closing_date = datetime.date.fromisoformat(_closing_date)

    return closing_date


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    StudioInformationBase,
    (
        ("studio_id", "studioId", _parse_studio_id, int),
        ("name", "name", _parse_name, str),
        ("description", "description", _parse_description, str),
        ("country", "country", _parse_country, str),
        ("country_code", "countryCode", _parse_country_code, str),
        ("opening_date", "openingDate", _parse_opening_date, None),
        ("closing_date", "closingDate", _parse_closing_date, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.measurement_gender import MeasurementGender
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

T = TypeVar("T", bound="Measurement")


@_attrs_define(slots=False, repr=False, eq=False)
class Measurement:
    """
    Attributes:
        id (int): Unique ID of the customer Example: 1001.
        first_name (str | Unset): First name of the customer Example: Edgar.
        last_name (str | Unset): Surname of the customer Example: Bullock.
        age (int | Unset): Age of the customer Example: 16.
        date_of_birth (datetime.date | Unset): Birthday of the customer Example: 2000-01-01.
        gender (MeasurementGender | Unset): Gender of the customer
        height (float | Unset): Height of the customer Example: 180.2.
    """

    id: int
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    age: int | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    gender: MeasurementGender | Unset = UNSET
    height: float | Unset = UNSET
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
            id = self.id

            first_name = self.first_name

            last_name = self.last_name

            age = self.age

            date_of_birth: str | Unset = UNSET
            if not isinstance(self.date_of_birth, Unset):
                date_of_birth = self.date_of_birth.isoformat()

            gender: str | Unset = UNSET
            if not isinstance(self.gender, Unset):
                gender = self.gender.value

            height = self.height

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                }
            )
            if first_name is not UNSET:
                field_dict["firstName"] = first_name
            if last_name is not UNSET:
                field_dict["lastName"] = last_name
            if age is not UNSET:
                field_dict["age"] = age
            if date_of_birth is not UNSET:
                field_dict["dateOfBirth"] = date_of_birth
            if gender is not UNSET:
                field_dict["gender"] = gender
            if height is not UNSET:
                field_dict["height"] = height

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
        "id",
        "firstName",
        "lastName",
        "age",
        "dateOfBirth",
        "gender",
        "height",
    }
)
_MeasurementGender_BY_VALUE = enum_members(MeasurementGender)


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_first_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("firstName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_last_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("lastName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_age(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("age", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_date_of_birth(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("dateOfBirth", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _date_of_birth = _source
    date_of_birth: datetime.date | Unset
    if isinstance(_date_of_birth, Unset):
        date_of_birth = UNSET
    else:
        date_of_birth = datetime.date.fromisoformat(_date_of_birth)

    return date_of_birth


def _parse_gender(d: dict[str, Any]) -> MeasurementGender | Unset:
    _source = d.get("gender", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _MeasurementGender_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return MeasurementGender(_source)


def _parse_height(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("height", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    Measurement,
    (
        ("id", "id", _parse_id, int),
        ("first_name", "firstName", _parse_first_name, str),
        ("last_name", "lastName", _parse_last_name, str),
        ("age", "age", _parse_age, int),
        ("date_of_birth", "dateOfBirth", _parse_date_of_birth, None),
        ("gender", "gender", _parse_gender, None),
        ("height", "height", _parse_height, float),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

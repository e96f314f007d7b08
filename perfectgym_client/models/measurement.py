from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measurement_gender import MeasurementGender
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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
        "id",
        "firstName",
        "lastName",
        "age",
        "dateOfBirth",
        "gender",
        "height",
    }
)


def _parse_id(d: dict[str, Any]) -> int:
    _source = d["id"]
    expect_json_scalar(_source, int)
    id: int = _source
    return id


def _parse_first_name(d: dict[str, Any]) -> str | Unset:
    _source = d.get("firstName", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    first_name: str | Unset = _source
    return first_name


def _parse_last_name(d: dict[str, Any]) -> str | Unset:
    _source = d.get("lastName", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    last_name: str | Unset = _source
    return last_name


def _parse_age(d: dict[str, Any]) -> int | Unset:
    _source = d.get("age", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    age: int | Unset = _source
    return age


def _parse_date_of_birth(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("dateOfBirth", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _date_of_birth = _source
    date_of_birth: datetime.date | Unset
    if isinstance(_date_of_birth, Unset):
        date_of_birth = UNSET
    else:
        date_of_birth = datetime.date.fromisoformat(_date_of_birth)

    return date_of_birth


def _parse_gender(d: dict[str, Any]) -> MeasurementGender | Unset:
    _source = d.get("gender", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _gender = _source
    gender: MeasurementGender | Unset
    if isinstance(_gender, Unset):
        gender = UNSET
    else:
        gender = MeasurementGender(_gender)

    return gender


def _parse_height(d: dict[str, Any]) -> float | Unset:
    _source = d.get("height", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, float)
    height: float | Unset = _source
    return height


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "id": ("id", _parse_id),
    "first_name": ("firstName", _parse_first_name),
    "last_name": ("lastName", _parse_last_name),
    "age": ("age", _parse_age),
    "date_of_birth": ("dateOfBirth", _parse_date_of_birth),
    "gender": ("gender", _parse_gender),
    "height": ("height", _parse_height),
    "additional_properties": ("*", _parse_additional_properties),
}

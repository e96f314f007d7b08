from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="BookableAppointment")


@_attrs_define(slots=False, repr=False, eq=False)
class BookableAppointment:
    """Trial offer bookable appointment

    Attributes:
        id (int): Unique ID of the bookable appointment Example: 1001.
        title (str | Unset): Title of the bookable appointment Example: Mission Beach body.
        duration (int | Unset): Duration of the bookable appointment in minutes Example: 45.
        category (str | Unset): Category of the bookable appointment Example: Fitness.
        description (str | Unset): Description of the bookable appointment Example: Get your body ready for beaches.
        img_url (str | Unset): Image URL assigned to display this bookable appointment
    """

    id: int
    title: str | Unset = UNSET
    duration: int | Unset = UNSET
    category: str | Unset = UNSET
    description: str | Unset = UNSET
    img_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        duration = self.duration

        category = self.category

        description = self.description

        img_url = self.img_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if duration is not UNSET:
            field_dict["duration"] = duration
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if img_url is not UNSET:
            field_dict["imgUrl"] = img_url

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
        "title",
        "duration",
        "category",
        "description",
        "imgUrl",
    }
)


def _parse_id(d: dict[str, Any]) -> int:
    _source = d["id"]
    expect_json_scalar(_source, int)
    id: int = _source
    return id


def _parse_title(d: dict[str, Any]) -> str | Unset:
    _source = d.get("title", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    title: str | Unset = _source
    return title


def _parse_duration(d: dict[str, Any]) -> int | Unset:
    _source = d.get("duration", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    duration: int | Unset = _source
    return duration


def _parse_category(d: dict[str, Any]) -> str | Unset:
    _source = d.get("category", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    category: str | Unset = _source
    return category


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source = d.get("description", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    description: str | Unset = _source
    return description


def _parse_img_url(d: dict[str, Any]) -> str | Unset:
    _source = d.get("imgUrl", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    img_url: str | Unset = _source
    return img_url


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "id": ("id", _parse_id),
    "title": ("title", _parse_title),
    "duration": ("duration", _parse_duration),
    "category": ("category", _parse_category),
    "description": ("description", _parse_description),
    "img_url": ("imgUrl", _parse_img_url),
    "additional_properties": ("*", _parse_additional_properties),
}

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.class_type import ClassType
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

if TYPE_CHECKING:
    from ..models.class_cancelation_condition import ClassCancelationCondition


T = TypeVar("T", bound="Class")


@_attrs_define(slots=False, repr=False, eq=False)
class Class:
    """Trial offer class

    Attributes:
        id (int): Unique ID of the class Example: 1001.
        bookable (bool): Whether this class can be booked
        title (str | Unset): Title of the class Example: Mission Beach body.
        type_ (ClassType | Unset): Defines whether a class is held in the studio or virtually
        duration (int | Unset): Duration of the class in minutes Example: 45.
        category (str | Unset): Category of the class Example: Fitness.
        description (str | Unset): Description of the class Example: Get your body ready for beaches.
        img_url (str | Unset): Image URL assigned to display this class
        cancel_condition (ClassCancelationCondition | Unset): Cancelation condition of a class
    """

    id: int
    bookable: bool
    title: str | Unset = UNSET
    type_: ClassType | Unset = UNSET
    duration: int | Unset = UNSET
    category: str | Unset = UNSET
    description: str | Unset = UNSET
    img_url: str | Unset = UNSET
    cancel_condition: ClassCancelationCondition | Unset = UNSET
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

            bookable = self.bookable

            title = self.title

            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            duration = self.duration

            category = self.category

            description = self.description

            img_url = self.img_url

            cancel_condition: dict[str, Any] | Unset = UNSET
            if not isinstance(self.cancel_condition, Unset):
                cancel_condition = self.cancel_condition.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                    "bookable": bookable,
                }
            )
            if title is not UNSET:
                field_dict["title"] = title
            if type_ is not UNSET:
                field_dict["type"] = type_
            if duration is not UNSET:
                field_dict["duration"] = duration
            if category is not UNSET:
                field_dict["category"] = category
            if description is not UNSET:
                field_dict["description"] = description
            if img_url is not UNSET:
                field_dict["imgUrl"] = img_url
            if cancel_condition is not UNSET:
                field_dict["cancelCondition"] = cancel_condition

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
        "bookable",
        "title",
        "type",
        "duration",
        "category",
        "description",
        "imgUrl",
        "cancelCondition",
    }
)
_ClassType_BY_VALUE = enum_members(ClassType)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.class_cancelation_condition import ClassCancelationCondition  # noqa: PLC0415

    globals().update(
        {
            "ClassCancelationCondition": ClassCancelationCondition,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_bookable(d: dict[str, Any]) -> bool:
    _source: bool = d["bookable"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_title(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("title", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_type_(d: dict[str, Any]) -> ClassType | Unset:
    _source = d.get("type", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _ClassType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return ClassType(_source)


def _parse_duration(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("duration", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_category(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("category", UNSET)
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


def _parse_img_url(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("imgUrl", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_cancel_condition(d: dict[str, Any]) -> ClassCancelationCondition | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("cancelCondition", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _cancel_condition = _source
    cancel_condition: ClassCancelationCondition | Unset
    if isinstance(_cancel_condition, Unset):
        cancel_condition = UNSET
    else:
        cancel_condition = ClassCancelationCondition.from_dict(_cancel_condition)

    return cancel_condition


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    Class,
    (
        ("id", "id", _parse_id, int),
        ("bookable", "bookable", _parse_bookable, bool),
        ("title", "title", _parse_title, str),
        ("type_", "type", _parse_type_, None),
        ("duration", "duration", _parse_duration, int),
        ("category", "category", _parse_category, str),
        ("description", "description", _parse_description, str),
        ("img_url", "imgUrl", _parse_img_url, str),
        ("cancel_condition", "cancelCondition", _parse_cancel_condition, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

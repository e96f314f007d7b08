from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.additional_information_field_type import AdditionalInformationFieldType
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_array,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.additional_information_list_item import AdditionalInformationListItem


T = TypeVar("T", bound="AdditionalInformationField")


@_attrs_define(slots=False, repr=False, eq=False)
class AdditionalInformationField:
    """
    Attributes:
        id (int): The unique ID of the additional information field Example: 1234567890.
        name (str): The name of the additional information field Example: Membership Type.
        type_ (AdditionalInformationFieldType): The type of an additional information field
        abbreviation (str | Unset): The abbreviation of the additional information field Example: MT.
        list_items (list[AdditionalInformationListItem] | Unset): A list of list items
    """

    id: int
    name: str
    type_: AdditionalInformationFieldType
    abbreviation: str | Unset = UNSET
    list_items: list[AdditionalInformationListItem] | Unset = UNSET
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

            name = self.name

            type_ = self.type_.value

            abbreviation = self.abbreviation

            list_items: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.list_items, Unset):
                list_items = []
                for list_items_item_data in self.list_items:
                    list_items_item = list_items_item_data.to_dict()
                    list_items.append(list_items_item)

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                    "name": name,
                    "type": type_,
                }
            )
            if abbreviation is not UNSET:
                field_dict["abbreviation"] = abbreviation
            if list_items is not UNSET:
                field_dict["listItems"] = list_items

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
        "name",
        "type",
        "abbreviation",
        "listItems",
    }
)
_AdditionalInformationFieldType_BY_VALUE = enum_members(AdditionalInformationFieldType)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.additional_information_list_item import AdditionalInformationListItem  # noqa: PLC0415

    globals().update(
        {
            "AdditionalInformationListItem": AdditionalInformationListItem,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_name(d: dict[str, Any]) -> str:
    _source: str = d["name"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_type_(d: dict[str, Any]) -> AdditionalInformationFieldType:
    _source = d["type"]
    try:
        return _AdditionalInformationFieldType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return AdditionalInformationFieldType(_source)


def _parse_abbreviation(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("abbreviation", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_list_items(d: dict[str, Any]) -> list[AdditionalInformationListItem] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("listItems", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _list_items = _source
    list_items: list[AdditionalInformationListItem] | Unset = UNSET
    if _list_items is not UNSET:
        list_items = []
        for list_items_item_data in _list_items:
            list_items_item = AdditionalInformationListItem.from_dict(list_items_item_data)

            list_items.append(list_items_item)

    return list_items


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    AdditionalInformationField,
    (
        ("id", "id", _parse_id, int),
        ("name", "name", _parse_name, str),
        ("type_", "type", _parse_type_, None),
        ("abbreviation", "abbreviation", _parse_abbreviation, str),
        ("list_items", "listItems", _parse_list_items, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

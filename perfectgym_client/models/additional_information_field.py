from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_information_field_type import AdditionalInformationFieldType
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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
        "name",
        "type",
        "abbreviation",
        "listItems",
    }
)


def _parse_id(d: dict[str, Any]) -> int:
    _source = d["id"]
    expect_json_scalar(_source, int)
    id: int = _source
    return id


def _parse_name(d: dict[str, Any]) -> str:
    _source = d["name"]
    expect_json_scalar(_source, str)
    name: str = _source
    return name


def _parse_type_(d: dict[str, Any]) -> AdditionalInformationFieldType:
    _source = d["type"]
    type_ = AdditionalInformationFieldType(_source)

    return type_


def _parse_abbreviation(d: dict[str, Any]) -> str | Unset:
    _source = d.get("abbreviation", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    abbreviation: str | Unset = _source
    return abbreviation


def _parse_list_items(d: dict[str, Any]) -> list[AdditionalInformationListItem] | Unset:
    from ..models.additional_information_list_item import AdditionalInformationListItem  # noqa: PLC0415

    _source = d.get("listItems", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
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
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "id": ("id", _parse_id),
    "name": ("name", _parse_name),
    "type_": ("type", _parse_type_),
    "abbreviation": ("abbreviation", _parse_abbreviation),
    "list_items": ("listItems", _parse_list_items),
    "additional_properties": ("*", _parse_additional_properties),
}

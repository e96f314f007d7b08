from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_additional_field_configuration_mode import LeadAdditionalFieldConfigurationMode
from ..models.lead_additional_field_configuration_type import LeadAdditionalFieldConfigurationType
from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="LeadAdditionalFieldConfiguration")


@_attrs_define(slots=False, repr=False, eq=False)
class LeadAdditionalFieldConfiguration:
    """
    Attributes:
        additional_field_id (int): The unique ID of the additional information field Example: 1234567890.
        name (str): The name of the additional information field Example: Do you have health issues?.
        type_ (LeadAdditionalFieldConfigurationType): The type of an additional information field
        allow_multi_selection (bool): If the type is LIST this defines if only one or more items can be selected as
            answer
        mode (LeadAdditionalFieldConfigurationMode): Represents the mode of an input field
        selection_values (list[str] | Unset): A list of options to pick from
    """

    additional_field_id: int
    name: str
    type_: LeadAdditionalFieldConfigurationType
    allow_multi_selection: bool
    mode: LeadAdditionalFieldConfigurationMode
    selection_values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_field_id = self.additional_field_id

        name = self.name

        type_ = self.type_.value

        allow_multi_selection = self.allow_multi_selection

        mode = self.mode.value

        selection_values: list[str] | Unset = UNSET
        if not isinstance(self.selection_values, Unset):
            selection_values = self.selection_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "additionalFieldId": additional_field_id,
                "name": name,
                "type": type_,
                "allowMultiSelection": allow_multi_selection,
                "mode": mode,
            }
        )
        if selection_values is not UNSET:
            field_dict["selectionValues"] = selection_values

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
        "additionalFieldId",
        "name",
        "type",
        "allowMultiSelection",
        "mode",
        "selectionValues",
    }
)


def _parse_additional_field_id(d: dict[str, Any]) -> int:
    _source = d["additionalFieldId"]
    expect_json_scalar(_source, int)
    additional_field_id: int = _source
    return additional_field_id


def _parse_name(d: dict[str, Any]) -> str:
    _source = d["name"]
    expect_json_scalar(_source, str)
    name: str = _source
    return name


def _parse_type_(d: dict[str, Any]) -> LeadAdditionalFieldConfigurationType:
    _source = d["type"]
    type_ = LeadAdditionalFieldConfigurationType(_source)

    return type_


def _parse_allow_multi_selection(d: dict[str, Any]) -> bool:
    _source = d["allowMultiSelection"]
    expect_json_scalar(_source, bool)
    allow_multi_selection: bool = _source
    return allow_multi_selection


def _parse_mode(d: dict[str, Any]) -> LeadAdditionalFieldConfigurationMode:
    _source = d["mode"]
    mode = LeadAdditionalFieldConfigurationMode(_source)

    return mode


def _parse_selection_values(d: dict[str, Any]) -> list[str] | Unset:
    _source = d.get("selectionValues", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_array(_source)
    selection_values = cast(list[str], _source)

    return selection_values


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "additional_field_id": ("additionalFieldId", _parse_additional_field_id),
    "name": ("name", _parse_name),
    "type_": ("type", _parse_type_),
    "allow_multi_selection": ("allowMultiSelection", _parse_allow_multi_selection),
    "mode": ("mode", _parse_mode),
    "selection_values": ("selectionValues", _parse_selection_values),
    "additional_properties": ("*", _parse_additional_properties),
}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.lead_additional_field_configuration_mode import LeadAdditionalFieldConfigurationMode
from ..models.lead_additional_field_configuration_type import LeadAdditionalFieldConfigurationType
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_array,
    expect_json_scalar,
    expect_json_scalars,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
            additional_field_id = self.additional_field_id

            name = self.name

            type_ = self.type_.value

            allow_multi_selection = self.allow_multi_selection

            mode = self.mode.value

            selection_values: list[str] | Unset = UNSET
            if not isinstance(self.selection_values, Unset):
                selection_values = self.selection_values

            if isinstance(selection_values, list):
                selection_values = list(selection_values)  # handed out: never the model's own list

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "additionalFieldId",
        "name",
        "type",
        "allowMultiSelection",
        "mode",
        "selectionValues",
    }
)
_LeadAdditionalFieldConfigurationType_BY_VALUE = enum_members(LeadAdditionalFieldConfigurationType)
_LeadAdditionalFieldConfigurationMode_BY_VALUE = enum_members(LeadAdditionalFieldConfigurationMode)


def _parse_additional_field_id(d: dict[str, Any]) -> int:
    _source: int = d["additionalFieldId"]
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


def _parse_type_(d: dict[str, Any]) -> LeadAdditionalFieldConfigurationType:
    _source = d["type"]
    try:
        return _LeadAdditionalFieldConfigurationType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return LeadAdditionalFieldConfigurationType(_source)


def _parse_allow_multi_selection(d: dict[str, Any]) -> bool:
    _source: bool = d["allowMultiSelection"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_mode(d: dict[str, Any]) -> LeadAdditionalFieldConfigurationMode:
    _source = d["mode"]
    try:
        return _LeadAdditionalFieldConfigurationMode_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return LeadAdditionalFieldConfigurationMode(_source)


def _parse_selection_values(d: dict[str, Any]) -> list[str] | Unset:
    _source = d.get("selectionValues", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    if _source.__class__ is list:
        expect_json_scalars(_source, str)
    selection_values: list[str] | Unset = _source
    return selection_values


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    LeadAdditionalFieldConfiguration,
    (
        ("additional_field_id", "additionalFieldId", _parse_additional_field_id, int),
        ("name", "name", _parse_name, str),
        ("type_", "type", _parse_type_, None),
        ("allow_multi_selection", "allowMultiSelection", _parse_allow_multi_selection, bool),
        ("mode", "mode", _parse_mode, None),
        ("selection_values", "selectionValues", _parse_selection_values, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

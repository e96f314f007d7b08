from __future__ import annotations

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

T = TypeVar("T", bound="LeadAdditionalInformation")


@_attrs_define(slots=False, repr=False, eq=False)
class LeadAdditionalInformation:
    """
    Attributes:
        additional_field_id (int): The additional information field unique ID Example: 1246357240.
        value (str | Unset): The additional field value, which can semantically be a boolean, date, text or numeric
            Example: Friends.
        values (list[str] | Unset): The additional field values if allowMultiSelection is set to true
    """

    additional_field_id: int
    value: str | Unset = UNSET
    values: list[str] | Unset = UNSET
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

            value = self.value

            values: list[str] | Unset = UNSET
            if not isinstance(self.values, Unset):
                values = self.values

            if isinstance(values, list):
                values = list(values)  # handed out: never the model's own list

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "additionalFieldId": additional_field_id,
                }
            )
            if value is not UNSET:
                field_dict["value"] = value
            if values is not UNSET:
                field_dict["values"] = values

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
        "value",
        "values",
    }
)


def _parse_additional_field_id(d: dict[str, Any]) -> int:
    _source: int = d["additionalFieldId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_value(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("value", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_values(d: dict[str, Any]) -> list[str] | Unset:
    _source = d.get("values", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    if _source.__class__ is list:
        expect_json_scalars(_source, str)
    values: list[str] | Unset = _source
    return values


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    LeadAdditionalInformation,
    (
        ("additional_field_id", "additionalFieldId", _parse_additional_field_id, int),
        ("value", "value", _parse_value, str),
        ("values", "values", _parse_values, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

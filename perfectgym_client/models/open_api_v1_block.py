from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.open_api_v1_block_limit_type import OpenApiV1BlockLimitType
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

T = TypeVar("T", bound="OpenApiV1Block")


@_attrs_define(slots=False, repr=False, eq=False)
class OpenApiV1Block:
    """Debt is blocked for collection cases

    Attributes:
        limit_type (OpenApiV1BlockLimitType): Option to set customer or debt to blocklist
        end_date (datetime.date | Unset): Block customer or debt until Example: 2022-09-20.
    """

    limit_type: OpenApiV1BlockLimitType
    end_date: datetime.date | Unset = UNSET
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
            limit_type = self.limit_type.value

            end_date: str | Unset = UNSET
            if not isinstance(self.end_date, Unset):
                end_date = self.end_date.isoformat()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "limitType": limit_type,
                }
            )
            if end_date is not UNSET:
                field_dict["endDate"] = end_date

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
        "limitType",
        "endDate",
    }
)
_OpenApiV1BlockLimitType_BY_VALUE = enum_members(OpenApiV1BlockLimitType)


def _parse_limit_type(d: dict[str, Any]) -> OpenApiV1BlockLimitType:
    _source = d["limitType"]
    try:
        return _OpenApiV1BlockLimitType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1BlockLimitType(_source)


def _parse_end_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("endDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _end_date = _source
    end_date: datetime.date | Unset
    if isinstance(_end_date, Unset):
        end_date = UNSET
    else:
        end_date = datetime.date.fromisoformat(_end_date)

    return end_date


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    OpenApiV1Block,
    (
        ("limit_type", "limitType", _parse_limit_type, None),
        ("end_date", "endDate", _parse_end_date, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_api_v1_block_dto_limit_type import OpenApiV1BlockDtoLimitType
from ..types import (
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="OpenApiV1BlockDto")


@_attrs_define(slots=False, repr=False, eq=False)
class OpenApiV1BlockDto:
    """Option to block the debt for future collection cases

    Attributes:
        limit_type (OpenApiV1BlockDtoLimitType): Option to set customer or debt to blocklist
        end_date (datetime.date): Block customer or debt until Example: 2022-09-20.
    """

    limit_type: OpenApiV1BlockDtoLimitType
    end_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit_type = self.limit_type.value

        end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limitType": limit_type,
                "endDate": end_date,
            }
        )

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
        "limitType",
        "endDate",
    }
)


def _parse_limit_type(d: dict[str, Any]) -> OpenApiV1BlockDtoLimitType:
    _source = d["limitType"]
    limit_type = OpenApiV1BlockDtoLimitType(_source)

    return limit_type


def _parse_end_date(d: dict[str, Any]) -> datetime.date:
    _source = d["endDate"]
    end_date = datetime.date.fromisoformat(_source)

    return end_date


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "limit_type": ("limitType", _parse_limit_type),
    "end_date": ("endDate", _parse_end_date),
    "additional_properties": ("*", _parse_additional_properties),
}

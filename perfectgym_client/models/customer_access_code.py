from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_access_code_format import CustomerAccessCodeFormat
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="CustomerAccessCode")


@_attrs_define(slots=False, repr=False, eq=False)
class CustomerAccessCode:
    """
    Attributes:
        format_ (CustomerAccessCodeFormat): Represents an access code format the content should be encoded into or
            decoded from
        content (str): Access code content that should be rendered in a format defined by the format property Example:
            49267681211943991.
        expires_at (datetime.datetime | Unset): Access code expiry date and time with zone Example:
            2024-06-13T10:33:00Z.
    """

    format_: CustomerAccessCodeFormat
    content: str
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_.value

        content = self.content

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "content": content,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

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
        "format",
        "content",
        "expiresAt",
    }
)


def _parse_format_(d: dict[str, Any]) -> CustomerAccessCodeFormat:
    _source = d["format"]
    format_ = CustomerAccessCodeFormat(_source)

    return format_


def _parse_content(d: dict[str, Any]) -> str:
    _source = d["content"]
    expect_json_scalar(_source, str)
    content: str = _source
    return content


def _parse_expires_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    _source = d.get("expiresAt", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _expires_at = _source
    expires_at: datetime.datetime | Unset
    if isinstance(_expires_at, Unset):
        expires_at = UNSET
    else:
        expires_at = datetime.datetime.fromisoformat(_expires_at)

    return expires_at


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "format_": ("format", _parse_format_),
    "content": ("content", _parse_content),
    "expires_at": ("expiresAt", _parse_expires_at),
    "additional_properties": ("*", _parse_additional_properties),
}

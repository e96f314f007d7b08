from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="LeadCreationResponse")


@_attrs_define(slots=False, repr=False, eq=False)
class LeadCreationResponse:
    """
    Attributes:
        id (int): The unique ID of the lead Example: 1246358530.
        customer_id (int): The unique ID of the customer Example: 9876543210.
        uuid (UUID): The unique UUID of the created lead Example: 2340b1cc-3fe7-4f81-8eca-f92181dd2bb4.
        customer_number (str): The customer number of the created lead Example: 1-4139.
    """

    id: int
    customer_id: int
    uuid: UUID
    customer_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        uuid = str(self.uuid)

        customer_number = self.customer_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customerId": customer_id,
                "uuid": uuid,
                "customerNumber": customer_number,
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
        "id",
        "customerId",
        "uuid",
        "customerNumber",
    }
)


def _parse_id(d: dict[str, Any]) -> int:
    _source = d["id"]
    expect_json_scalar(_source, int)
    id: int = _source
    return id


def _parse_customer_id(d: dict[str, Any]) -> int:
    _source = d["customerId"]
    expect_json_scalar(_source, int)
    customer_id: int = _source
    return customer_id


def _parse_uuid(d: dict[str, Any]) -> UUID:
    _source = d["uuid"]
    uuid = UUID(_source)

    return uuid


def _parse_customer_number(d: dict[str, Any]) -> str:
    _source = d["customerNumber"]
    expect_json_scalar(_source, str)
    customer_number: str = _source
    return customer_number


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "id": ("id", _parse_id),
    "customer_id": ("customerId", _parse_customer_id),
    "uuid": ("uuid", _parse_uuid),
    "customer_number": ("customerNumber", _parse_customer_number),
    "additional_properties": ("*", _parse_additional_properties),
}

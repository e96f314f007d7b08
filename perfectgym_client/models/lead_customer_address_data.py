from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="LeadCustomerAddressData")


@_attrs_define(slots=False, repr=False, eq=False)
class LeadCustomerAddressData:
    """Lead customer address information

    Attributes:
        street (str): Street of the lead customer Example: Burgring.
        zip_code (str): Zip code of the lead customer Example: 13000.
        city (str): City name of the lead customer Example: Berlin.
        house_number (str | Unset): House number of the lead customer Example: 23A.
    """

    street: str
    zip_code: str
    city: str
    house_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        zip_code = self.zip_code

        city = self.city

        house_number = self.house_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "street": street,
                "zipCode": zip_code,
                "city": city,
            }
        )
        if house_number is not UNSET:
            field_dict["houseNumber"] = house_number

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
        "street",
        "zipCode",
        "city",
        "houseNumber",
    }
)


def _parse_street(d: dict[str, Any]) -> str:
    _source = d["street"]
    expect_json_scalar(_source, str)
    street: str = _source
    return street


def _parse_zip_code(d: dict[str, Any]) -> str:
    _source = d["zipCode"]
    expect_json_scalar(_source, str)
    zip_code: str = _source
    return zip_code


def _parse_city(d: dict[str, Any]) -> str:
    _source = d["city"]
    expect_json_scalar(_source, str)
    city: str = _source
    return city


def _parse_house_number(d: dict[str, Any]) -> str | Unset:
    _source = d.get("houseNumber", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    house_number: str | Unset = _source
    return house_number


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "street": ("street", _parse_street),
    "zip_code": ("zipCode", _parse_zip_code),
    "city": ("city", _parse_city),
    "house_number": ("houseNumber", _parse_house_number),
    "additional_properties": ("*", _parse_additional_properties),
}

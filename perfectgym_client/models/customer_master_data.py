from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_master_data_customer_title import CustomerMasterDataCustomerTitle
from ..models.customer_master_data_gender import CustomerMasterDataGender
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="CustomerMasterData")


@_attrs_define(slots=False, repr=False, eq=False)
class CustomerMasterData:
    """
    Attributes:
        first_name (str): First name of the customer Example: Edgar.
        last_name (str): Surname of the customer Example: Bullock.
        gender (CustomerMasterDataGender): Gender of the customer
        date_of_birth (datetime.date): Birthday of the customer Example: 1952-05-04.
        customer_title (CustomerMasterDataCustomerTitle): Title of the customer
        country_of_birth (str | Unset): Birth country of the customer Example: DE.
    """

    first_name: str
    last_name: str
    gender: CustomerMasterDataGender
    date_of_birth: datetime.date
    customer_title: CustomerMasterDataCustomerTitle
    country_of_birth: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        gender = self.gender.value

        date_of_birth = self.date_of_birth.isoformat()

        customer_title = self.customer_title.value

        country_of_birth = self.country_of_birth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "gender": gender,
                "dateOfBirth": date_of_birth,
                "customerTitle": customer_title,
            }
        )
        if country_of_birth is not UNSET:
            field_dict["countryOfBirth"] = country_of_birth

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
        "firstName",
        "lastName",
        "gender",
        "dateOfBirth",
        "customerTitle",
        "countryOfBirth",
    }
)


def _parse_first_name(d: dict[str, Any]) -> str:
    _source = d["firstName"]
    expect_json_scalar(_source, str)
    first_name: str = _source
    return first_name


def _parse_last_name(d: dict[str, Any]) -> str:
    _source = d["lastName"]
    expect_json_scalar(_source, str)
    last_name: str = _source
    return last_name


def _parse_gender(d: dict[str, Any]) -> CustomerMasterDataGender:
    _source = d["gender"]
    gender = CustomerMasterDataGender(_source)

    return gender


def _parse_date_of_birth(d: dict[str, Any]) -> datetime.date:
    _source = d["dateOfBirth"]
    date_of_birth = datetime.date.fromisoformat(_source)

    return date_of_birth


def _parse_customer_title(d: dict[str, Any]) -> CustomerMasterDataCustomerTitle:
    _source = d["customerTitle"]
    customer_title = CustomerMasterDataCustomerTitle(_source)

    return customer_title


def _parse_country_of_birth(d: dict[str, Any]) -> str | Unset:
    _source = d.get("countryOfBirth", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    country_of_birth: str | Unset = _source
    return country_of_birth


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "first_name": ("firstName", _parse_first_name),
    "last_name": ("lastName", _parse_last_name),
    "gender": ("gender", _parse_gender),
    "date_of_birth": ("dateOfBirth", _parse_date_of_birth),
    "customer_title": ("customerTitle", _parse_customer_title),
    "country_of_birth": ("countryOfBirth", _parse_country_of_birth),
    "additional_properties": ("*", _parse_additional_properties),
}

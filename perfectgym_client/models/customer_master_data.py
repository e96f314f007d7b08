from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.customer_master_data_customer_title import CustomerMasterDataCustomerTitle
from ..models.customer_master_data_gender import CustomerMasterDataGender
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
            first_name = self.first_name

            last_name = self.last_name

            gender = self.gender.value

            date_of_birth = self.date_of_birth.isoformat()

            customer_title = self.customer_title.value

            country_of_birth = self.country_of_birth

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "firstName",
        "lastName",
        "gender",
        "dateOfBirth",
        "customerTitle",
        "countryOfBirth",
    }
)
_CustomerMasterDataGender_BY_VALUE = enum_members(CustomerMasterDataGender)
_CustomerMasterDataCustomerTitle_BY_VALUE = enum_members(CustomerMasterDataCustomerTitle)


def _parse_first_name(d: dict[str, Any]) -> str:
    _source: str = d["firstName"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_last_name(d: dict[str, Any]) -> str:
    _source: str = d["lastName"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_gender(d: dict[str, Any]) -> CustomerMasterDataGender:
    _source = d["gender"]
    try:
        return _CustomerMasterDataGender_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return CustomerMasterDataGender(_source)


def _parse_date_of_birth(d: dict[str, Any]) -> datetime.date:
    _source = d["dateOfBirth"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    date_of_birth = datetime.date.fromisoformat(_source)

    return date_of_birth


def _parse_customer_title(d: dict[str, Any]) -> CustomerMasterDataCustomerTitle:
    _source = d["customerTitle"]
    try:
        return _CustomerMasterDataCustomerTitle_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return CustomerMasterDataCustomerTitle(_source)


def _parse_country_of_birth(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("countryOfBirth", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    CustomerMasterData,
    (
        ("first_name", "firstName", _parse_first_name, str),
        ("last_name", "lastName", _parse_last_name, str),
        ("gender", "gender", _parse_gender, None),
        ("date_of_birth", "dateOfBirth", _parse_date_of_birth, None),
        ("customer_title", "customerTitle", _parse_customer_title, None),
        ("country_of_birth", "countryOfBirth", _parse_country_of_birth, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

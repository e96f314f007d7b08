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
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

T = TypeVar("T", bound="CustomerContactData")


@_attrs_define(slots=False, repr=False, eq=False)
class CustomerContactData:
    """
    Attributes:
        email (str | Unset): Email address of the customer Example: email@example.com.
        phone_private (str | Unset): Private phone number of the customer Example: +49 00000000.
        phone_private_mobile (str | Unset): Private mobile phone number of the customer Example: +49 00000000000.
        phone_business (str | Unset): Business phone number of the customer Example: +49 00000000.
        phone_business_mobile (str | Unset): Business mobile phone number of the customer Example: +49 00000000000.
    """

    email: str | Unset = UNSET
    phone_private: str | Unset = UNSET
    phone_private_mobile: str | Unset = UNSET
    phone_business: str | Unset = UNSET
    phone_business_mobile: str | Unset = UNSET
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
            email = self.email

            phone_private = self.phone_private

            phone_private_mobile = self.phone_private_mobile

            phone_business = self.phone_business

            phone_business_mobile = self.phone_business_mobile

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update({})
            if email is not UNSET:
                field_dict["email"] = email
            if phone_private is not UNSET:
                field_dict["phonePrivate"] = phone_private
            if phone_private_mobile is not UNSET:
                field_dict["phonePrivateMobile"] = phone_private_mobile
            if phone_business is not UNSET:
                field_dict["phoneBusiness"] = phone_business
            if phone_business_mobile is not UNSET:
                field_dict["phoneBusinessMobile"] = phone_business_mobile

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
        "email",
        "phonePrivate",
        "phonePrivateMobile",
        "phoneBusiness",
        "phoneBusinessMobile",
    }
)


def _parse_email(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("email", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_phone_private(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phonePrivate", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_phone_private_mobile(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phonePrivateMobile", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_phone_business(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phoneBusiness", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_phone_business_mobile(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phoneBusinessMobile", UNSET)
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
    CustomerContactData,
    (
        ("email", "email", _parse_email, str),
        ("phone_private", "phonePrivate", _parse_phone_private, str),
        ("phone_private_mobile", "phonePrivateMobile", _parse_phone_private_mobile, str),
        ("phone_business", "phoneBusiness", _parse_phone_business, str),
        ("phone_business_mobile", "phoneBusinessMobile", _parse_phone_business_mobile, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

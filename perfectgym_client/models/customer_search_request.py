from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.card_number_format import CardNumberFormat
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

T = TypeVar("T", bound="CustomerSearchRequest")


@_attrs_define(slots=False, repr=False, eq=False)
class CustomerSearchRequest:
    """
    Attributes:
        first_name (str | Unset): Substring of customer first name starts from beginning Example: Edga.
        last_name (str | Unset): Substring of customer last name starts from beginning Example: Bull.
        email (str | Unset): Customer email Example: example@email.com.
        date_of_birth (datetime.date | Unset): Customer date of birth Example: 1952-05-04.
        card_number_format (CardNumberFormat | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    card_number_format: CardNumberFormat | Unset = UNSET
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

            email = self.email

            date_of_birth: str | Unset = UNSET
            if not isinstance(self.date_of_birth, Unset):
                date_of_birth = self.date_of_birth.isoformat()

            card_number_format: str | Unset = UNSET
            if not isinstance(self.card_number_format, Unset):
                card_number_format = self.card_number_format.value

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update({})
            if first_name is not UNSET:
                field_dict["firstName"] = first_name
            if last_name is not UNSET:
                field_dict["lastName"] = last_name
            if email is not UNSET:
                field_dict["email"] = email
            if date_of_birth is not UNSET:
                field_dict["dateOfBirth"] = date_of_birth
            if card_number_format is not UNSET:
                field_dict["cardNumberFormat"] = card_number_format

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
        "email",
        "dateOfBirth",
        "cardNumberFormat",
    }
)
_CardNumberFormat_BY_VALUE = enum_members(CardNumberFormat)


def _parse_first_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("firstName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_last_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("lastName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_email(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("email", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_date_of_birth(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("dateOfBirth", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _date_of_birth = _source
    date_of_birth: datetime.date | Unset
    if isinstance(_date_of_birth, Unset):
        date_of_birth = UNSET
    else:
        date_of_birth = datetime.date.fromisoformat(_date_of_birth)

    return date_of_birth


def _parse_card_number_format(d: dict[str, Any]) -> CardNumberFormat | Unset:
    _source = d.get("cardNumberFormat", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _CardNumberFormat_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return CardNumberFormat(_source)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    CustomerSearchRequest,
    (
        ("first_name", "firstName", _parse_first_name, str),
        ("last_name", "lastName", _parse_last_name, str),
        ("email", "email", _parse_email, str),
        ("date_of_birth", "dateOfBirth", _parse_date_of_birth, None),
        ("card_number_format", "cardNumberFormat", _parse_card_number_format, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

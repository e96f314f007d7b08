from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.lead_data_gender import LeadDataGender
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

if TYPE_CHECKING:
    from ..models.language import Language
    from ..models.lead_customer_address_data import LeadCustomerAddressData


T = TypeVar("T", bound="LeadData")


@_attrs_define(slots=False, repr=False, eq=False)
class LeadData:
    """Full Lead customer data with address

    Attributes:
        firstname (str): First name of the lead customer Example: Max.
        lastname (str): Last name of the lead customer Example: Mustermann.
        email (str): Email of the lead customer Example: example@email.com.
        third_party_id (str | Unset): Unique ID of the third party customer in the third party system Example: A1000.
        second_firstname (str | Unset): Second first name of the lead customer Example: Peter.
        second_lastname (str | Unset): Second last name of the lead customer Example: Meier.
        gender (LeadDataGender | Unset): Gender of the customer
        date_of_birth (datetime.date | Unset): Date of birth of the lead customer Example: 2000-10-10.
        telephone (str | Unset): Telephone number of the lead customer Example: 5006001112.
        language (Language | Unset): Basic language information
        address (LeadCustomerAddressData | Unset): Lead customer address information
    """

    firstname: str
    lastname: str
    email: str
    third_party_id: str | Unset = UNSET
    second_firstname: str | Unset = UNSET
    second_lastname: str | Unset = UNSET
    gender: LeadDataGender | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    telephone: str | Unset = UNSET
    language: Language | Unset = UNSET
    address: LeadCustomerAddressData | Unset = UNSET
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
            firstname = self.firstname

            lastname = self.lastname

            email = self.email

            third_party_id = self.third_party_id

            second_firstname = self.second_firstname

            second_lastname = self.second_lastname

            gender: str | Unset = UNSET
            if not isinstance(self.gender, Unset):
                gender = self.gender.value

            date_of_birth: str | Unset = UNSET
            if not isinstance(self.date_of_birth, Unset):
                date_of_birth = self.date_of_birth.isoformat()

            telephone = self.telephone

            language: dict[str, Any] | Unset = UNSET
            if not isinstance(self.language, Unset):
                language = self.language.to_dict()

            address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.address, Unset):
                address = self.address.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "firstname": firstname,
                    "lastname": lastname,
                    "email": email,
                }
            )
            if third_party_id is not UNSET:
                field_dict["thirdPartyId"] = third_party_id
            if second_firstname is not UNSET:
                field_dict["secondFirstname"] = second_firstname
            if second_lastname is not UNSET:
                field_dict["secondLastname"] = second_lastname
            if gender is not UNSET:
                field_dict["gender"] = gender
            if date_of_birth is not UNSET:
                field_dict["dateOfBirth"] = date_of_birth
            if telephone is not UNSET:
                field_dict["telephone"] = telephone
            if language is not UNSET:
                field_dict["language"] = language
            if address is not UNSET:
                field_dict["address"] = address

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
        "firstname",
        "lastname",
        "email",
        "thirdPartyId",
        "secondFirstname",
        "secondLastname",
        "gender",
        "dateOfBirth",
        "telephone",
        "language",
        "address",
    }
)
_LeadDataGender_BY_VALUE = enum_members(LeadDataGender)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.language import Language  # noqa: PLC0415
    from ..models.lead_customer_address_data import LeadCustomerAddressData  # noqa: PLC0415

    globals().update(
        {
            "Language": Language,
            "LeadCustomerAddressData": LeadCustomerAddressData,
        }
    )
    _nested_resolved = True


def _parse_firstname(d: dict[str, Any]) -> str:
    _source: str = d["firstname"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_lastname(d: dict[str, Any]) -> str:
    _source: str = d["lastname"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_email(d: dict[str, Any]) -> str:
    _source: str = d["email"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_third_party_id(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("thirdPartyId", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_second_firstname(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("secondFirstname", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_second_lastname(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("secondLastname", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_gender(d: dict[str, Any]) -> LeadDataGender | Unset:
    _source = d.get("gender", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _LeadDataGender_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return LeadDataGender(_source)


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


def _parse_telephone(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("telephone", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_language(d: dict[str, Any]) -> Language | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("language", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _language = _source
    language: Language | Unset
    if isinstance(_language, Unset):
        language = UNSET
    else:
        language = Language.from_dict(_language)

    return language


def _parse_address(d: dict[str, Any]) -> LeadCustomerAddressData | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("address", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _address = _source
    address: LeadCustomerAddressData | Unset
    if isinstance(_address, Unset):
        address = UNSET
    else:
        address = LeadCustomerAddressData.from_dict(_address)

    return address


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    LeadData,
    (
        ("firstname", "firstname", _parse_firstname, str),
        ("lastname", "lastname", _parse_lastname, str),
        ("email", "email", _parse_email, str),
        ("third_party_id", "thirdPartyId", _parse_third_party_id, str),
        ("second_firstname", "secondFirstname", _parse_second_firstname, str),
        ("second_lastname", "secondLastname", _parse_second_lastname, str),
        ("gender", "gender", _parse_gender, None),
        ("date_of_birth", "dateOfBirth", _parse_date_of_birth, None),
        ("telephone", "telephone", _parse_telephone, str),
        ("language", "language", _parse_language, None),
        ("address", "address", _parse_address, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

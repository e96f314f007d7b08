from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    expect_json_array,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.address_details import AddressDetails
    from ..models.contact_details import ContactDetails
    from ..models.payment_details import PaymentDetails


T = TypeVar("T", bound="LiablePersonDetails")


@_attrs_define(slots=False, repr=False, eq=False)
class LiablePersonDetails:
    """The LiablePerson is used for members not being responsible themself for payments

    Attributes:
        first_name (str): First name of liable person Example: Sven.
        last_name (str): Last name of liable person Example: Hannawald.
        second_last_name (str | Unset): Second last name liable person Example: Shmidt.
        birthdate (datetime.date | Unset): Birthdate of liable person Example: 1952-05-04.
        sex (str | Unset): Sex of liable person Example: MALE.
        postal_code (str | Unset): Postal code of liable person Example: 1180.
        city (str | Unset): City of liable person Example: Vienna.
        country_code (str | Unset): Country code of liable person Example: AT.
        contact_details (list[ContactDetails] | Unset): Contact data of liable person
        identification_number (str | Unset): Identification number of liable person Example: ATU143543.
        address_line_1 (str | Unset): Address first line Example: Burgring 22.
        address_line_2 (str | Unset): Address second line Example: 1180 Vienna.
        address_line_3 (str | Unset): Address third line Example: Austria.
        region (str | Unset): Region of liable person Example: Vienna.
        address_data (AddressDetails | Unset): Describes the address in detail, so every country has its own fields
            filled
        payment_details (PaymentDetails | Unset): Describes the payment data
    """

    first_name: str
    last_name: str
    second_last_name: str | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    sex: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country_code: str | Unset = UNSET
    contact_details: list[ContactDetails] | Unset = UNSET
    identification_number: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    region: str | Unset = UNSET
    address_data: AddressDetails | Unset = UNSET
    payment_details: PaymentDetails | Unset = UNSET
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

            second_last_name = self.second_last_name

            birthdate: str | Unset = UNSET
            if not isinstance(self.birthdate, Unset):
                birthdate = self.birthdate.isoformat()

            sex = self.sex

            postal_code = self.postal_code

            city = self.city

            country_code = self.country_code

            contact_details: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.contact_details, Unset):
                contact_details = []
                for contact_details_item_data in self.contact_details:
                    contact_details_item = contact_details_item_data.to_dict()
                    contact_details.append(contact_details_item)

            identification_number = self.identification_number

            address_line_1 = self.address_line_1

            address_line_2 = self.address_line_2

            address_line_3 = self.address_line_3

            region = self.region

            address_data: dict[str, Any] | Unset = UNSET
            if not isinstance(self.address_data, Unset):
                address_data = self.address_data.to_dict()

            payment_details: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payment_details, Unset):
                payment_details = self.payment_details.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "firstName": first_name,
                    "lastName": last_name,
                }
            )
            if second_last_name is not UNSET:
                field_dict["secondLastName"] = second_last_name
            if birthdate is not UNSET:
                field_dict["birthdate"] = birthdate
            if sex is not UNSET:
                field_dict["sex"] = sex
            if postal_code is not UNSET:
                field_dict["postalCode"] = postal_code
            if city is not UNSET:
                field_dict["city"] = city
            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
            if contact_details is not UNSET:
                field_dict["contactDetails"] = contact_details
            if identification_number is not UNSET:
                field_dict["identificationNumber"] = identification_number
            if address_line_1 is not UNSET:
                field_dict["addressLine1"] = address_line_1
            if address_line_2 is not UNSET:
                field_dict["addressLine2"] = address_line_2
            if address_line_3 is not UNSET:
                field_dict["addressLine3"] = address_line_3
            if region is not UNSET:
                field_dict["region"] = region
            if address_data is not UNSET:
                field_dict["addressData"] = address_data
            if payment_details is not UNSET:
                field_dict["paymentDetails"] = payment_details

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
        "secondLastName",
        "birthdate",
        "sex",
        "postalCode",
        "city",
        "countryCode",
        "contactDetails",
        "identificationNumber",
        "addressLine1",
        "addressLine2",
        "addressLine3",
        "region",
        "addressData",
        "paymentDetails",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.address_details import AddressDetails  # noqa: PLC0415
    from ..models.contact_details import ContactDetails  # noqa: PLC0415
    from ..models.payment_details import PaymentDetails  # noqa: PLC0415

    globals().update(
        {
            "AddressDetails": AddressDetails,
            "ContactDetails": ContactDetails,
            "PaymentDetails": PaymentDetails,
        }
    )
    _nested_resolved = True


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


def _parse_second_last_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("secondLastName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_birthdate(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("birthdate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _birthdate = _source
    birthdate: datetime.date | Unset
    if isinstance(_birthdate, Unset):
        birthdate = UNSET
    else:
        birthdate = datetime.date.fromisoformat(_birthdate)

    return birthdate


def _parse_sex(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("sex", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_postal_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("postalCode", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_city(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("city", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_country_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("countryCode", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_contact_details(d: dict[str, Any]) -> list[ContactDetails] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("contactDetails", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _contact_details = _source
    contact_details: list[ContactDetails] | Unset = UNSET
    if _contact_details is not UNSET:
        contact_details = []
        for contact_details_item_data in _contact_details:
            contact_details_item = ContactDetails.from_dict(contact_details_item_data)

            contact_details.append(contact_details_item)

    return contact_details


def _parse_identification_number(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("identificationNumber", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_address_line_1(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("addressLine1", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_address_line_2(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("addressLine2", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_address_line_3(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("addressLine3", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_region(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("region", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_address_data(d: dict[str, Any]) -> AddressDetails | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("addressData", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _address_data = _source
    address_data: AddressDetails | Unset
    if isinstance(_address_data, Unset):
        address_data = UNSET
    else:
        address_data = AddressDetails.from_dict(_address_data)

    return address_data


def _parse_payment_details(d: dict[str, Any]) -> PaymentDetails | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("paymentDetails", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _payment_details = _source
    payment_details: PaymentDetails | Unset
    if isinstance(_payment_details, Unset):
        payment_details = UNSET
    else:
        payment_details = PaymentDetails.from_dict(_payment_details)

    return payment_details


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    LiablePersonDetails,
    (
        ("first_name", "firstName", _parse_first_name, str),
        ("last_name", "lastName", _parse_last_name, str),
        ("second_last_name", "secondLastName", _parse_second_last_name, str),
        ("birthdate", "birthdate", _parse_birthdate, None),
        ("sex", "sex", _parse_sex, str),
        ("postal_code", "postalCode", _parse_postal_code, str),
        ("city", "city", _parse_city, str),
        ("country_code", "countryCode", _parse_country_code, str),
        ("contact_details", "contactDetails", _parse_contact_details, None),
        ("identification_number", "identificationNumber", _parse_identification_number, str),
        ("address_line_1", "addressLine1", _parse_address_line_1, str),
        ("address_line_2", "addressLine2", _parse_address_line_2, str),
        ("address_line_3", "addressLine3", _parse_address_line_3, str),
        ("region", "region", _parse_region, str),
        ("address_data", "addressData", _parse_address_data, None),
        ("payment_details", "paymentDetails", _parse_payment_details, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

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


T = TypeVar("T", bound="ClientDetails")


@_attrs_define(slots=False, repr=False, eq=False)
class ClientDetails:
    """The client matches a studio or location

    Attributes:
        name1 (str): Name first line Example: GYMLAB Hamburg.
        pre_tax_attribute (bool): Possible to deduct tax up front Default: False.
        postal_code (str): Postal code of the client Example: 1180.
        city (str): Cite code of the client Example: Vienna.
        name2 (str | Unset): Name second line Example: GMBH.
        legal_form (str | Unset): Legal form of the company Example: GmbH.
        vat_serial_no (str | Unset): Tax ID of the client Example: DE 142156559.
        country_code (str | Unset): Country code of the client, ISO Alpha-2 Example: AT.
        country (str | Unset): Country of the client Example: Australia.
        payment_details (PaymentDetails | Unset): Describes the payment data
        contact_details (list[ContactDetails] | Unset): List of contact details
        address_line_1 (str | Unset): Address first line Example: Burgring 22.
        address_line_2 (str | Unset): Address second line Example: 1180 Vienna.
        address_line_3 (str | Unset): Address third line Example: Austria.
        region (str | Unset): Region of the client Example: Vienna.
        address_data (AddressDetails | Unset): Describes the address in detail, so every country has its own fields
            filled
    """

    name1: str
    postal_code: str
    city: str
    pre_tax_attribute: bool = False
    name2: str | Unset = UNSET
    legal_form: str | Unset = UNSET
    vat_serial_no: str | Unset = UNSET
    country_code: str | Unset = UNSET
    country: str | Unset = UNSET
    payment_details: PaymentDetails | Unset = UNSET
    contact_details: list[ContactDetails] | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    region: str | Unset = UNSET
    address_data: AddressDetails | Unset = UNSET
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
            name1 = self.name1

            pre_tax_attribute = self.pre_tax_attribute

            postal_code = self.postal_code

            city = self.city

            name2 = self.name2

            legal_form = self.legal_form

            vat_serial_no = self.vat_serial_no

            country_code = self.country_code

            country = self.country

            payment_details: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payment_details, Unset):
                payment_details = self.payment_details.to_dict()

            contact_details: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.contact_details, Unset):
                contact_details = []
                for contact_details_item_data in self.contact_details:
                    contact_details_item = contact_details_item_data.to_dict()
                    contact_details.append(contact_details_item)

            address_line_1 = self.address_line_1

            address_line_2 = self.address_line_2

            address_line_3 = self.address_line_3

            region = self.region

            address_data: dict[str, Any] | Unset = UNSET
            if not isinstance(self.address_data, Unset):
                address_data = self.address_data.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "name1": name1,
                    "preTaxAttribute": pre_tax_attribute,
                    "postalCode": postal_code,
                    "city": city,
                }
            )
            if name2 is not UNSET:
                field_dict["name2"] = name2
            if legal_form is not UNSET:
                field_dict["legalForm"] = legal_form
            if vat_serial_no is not UNSET:
                field_dict["vatSerialNo"] = vat_serial_no
            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
            if country is not UNSET:
                field_dict["country"] = country
            if payment_details is not UNSET:
                field_dict["paymentDetails"] = payment_details
            if contact_details is not UNSET:
                field_dict["contactDetails"] = contact_details
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
        "name1",
        "preTaxAttribute",
        "postalCode",
        "city",
        "name2",
        "legalForm",
        "vatSerialNo",
        "countryCode",
        "country",
        "paymentDetails",
        "contactDetails",
        "addressLine1",
        "addressLine2",
        "addressLine3",
        "region",
        "addressData",
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


def _parse_name1(d: dict[str, Any]) -> str:
    _source: str = d["name1"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_pre_tax_attribute(d: dict[str, Any]) -> bool:
    _source: bool = d["preTaxAttribute"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_postal_code(d: dict[str, Any]) -> str:
    _source: str = d["postalCode"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_city(d: dict[str, Any]) -> str:
    _source: str = d["city"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_name2(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("name2", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_legal_form(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("legalForm", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_vat_serial_no(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("vatSerialNo", UNSET)
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


def _parse_country(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("country", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


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


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    ClientDetails,
    (
        ("name1", "name1", _parse_name1, str),
        ("pre_tax_attribute", "preTaxAttribute", _parse_pre_tax_attribute, bool),
        ("postal_code", "postalCode", _parse_postal_code, str),
        ("city", "city", _parse_city, str),
        ("name2", "name2", _parse_name2, str),
        ("legal_form", "legalForm", _parse_legal_form, str),
        ("vat_serial_no", "vatSerialNo", _parse_vat_serial_no, str),
        ("country_code", "countryCode", _parse_country_code, str),
        ("country", "country", _parse_country, str),
        ("payment_details", "paymentDetails", _parse_payment_details, None),
        ("contact_details", "contactDetails", _parse_contact_details, None),
        ("address_line_1", "addressLine1", _parse_address_line_1, str),
        ("address_line_2", "addressLine2", _parse_address_line_2, str),
        ("address_line_3", "addressLine3", _parse_address_line_3, str),
        ("region", "region", _parse_region, str),
        ("address_data", "addressData", _parse_address_data, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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


def _parse_name1(d: dict[str, Any]) -> str:
    _source = d["name1"]
    expect_json_scalar(_source, str)
    name1: str = _source
    return name1


def _parse_pre_tax_attribute(d: dict[str, Any]) -> bool:
    _source = d["preTaxAttribute"]
    expect_json_scalar(_source, bool)
    pre_tax_attribute: bool = _source
    return pre_tax_attribute


def _parse_postal_code(d: dict[str, Any]) -> str:
    _source = d["postalCode"]
    expect_json_scalar(_source, str)
    postal_code: str = _source
    return postal_code


def _parse_city(d: dict[str, Any]) -> str:
    _source = d["city"]
    expect_json_scalar(_source, str)
    city: str = _source
    return city


def _parse_name2(d: dict[str, Any]) -> str | Unset:
    _source = d.get("name2", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    name2: str | Unset = _source
    return name2


def _parse_legal_form(d: dict[str, Any]) -> str | Unset:
    _source = d.get("legalForm", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    legal_form: str | Unset = _source
    return legal_form


def _parse_vat_serial_no(d: dict[str, Any]) -> str | Unset:
    _source = d.get("vatSerialNo", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    vat_serial_no: str | Unset = _source
    return vat_serial_no


def _parse_country_code(d: dict[str, Any]) -> str | Unset:
    _source = d.get("countryCode", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    country_code: str | Unset = _source
    return country_code


def _parse_country(d: dict[str, Any]) -> str | Unset:
    _source = d.get("country", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    country: str | Unset = _source
    return country


def _parse_payment_details(d: dict[str, Any]) -> PaymentDetails | Unset:
    from ..models.payment_details import PaymentDetails  # noqa: PLC0415

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
    from ..models.contact_details import ContactDetails  # noqa: PLC0415

    _source = d.get("contactDetails", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
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
    _source = d.get("addressLine1", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    address_line_1: str | Unset = _source
    return address_line_1


def _parse_address_line_2(d: dict[str, Any]) -> str | Unset:
    _source = d.get("addressLine2", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    address_line_2: str | Unset = _source
    return address_line_2


def _parse_address_line_3(d: dict[str, Any]) -> str | Unset:
    _source = d.get("addressLine3", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    address_line_3: str | Unset = _source
    return address_line_3


def _parse_region(d: dict[str, Any]) -> str | Unset:
    _source = d.get("region", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    region: str | Unset = _source
    return region


def _parse_address_data(d: dict[str, Any]) -> AddressDetails | Unset:
    from ..models.address_details import AddressDetails  # noqa: PLC0415

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
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "name1": ("name1", _parse_name1),
    "pre_tax_attribute": ("preTaxAttribute", _parse_pre_tax_attribute),
    "postal_code": ("postalCode", _parse_postal_code),
    "city": ("city", _parse_city),
    "name2": ("name2", _parse_name2),
    "legal_form": ("legalForm", _parse_legal_form),
    "vat_serial_no": ("vatSerialNo", _parse_vat_serial_no),
    "country_code": ("countryCode", _parse_country_code),
    "country": ("country", _parse_country),
    "payment_details": ("paymentDetails", _parse_payment_details),
    "contact_details": ("contactDetails", _parse_contact_details),
    "address_line_1": ("addressLine1", _parse_address_line_1),
    "address_line_2": ("addressLine2", _parse_address_line_2),
    "address_line_3": ("addressLine3", _parse_address_line_3),
    "region": ("region", _parse_region),
    "address_data": ("addressData", _parse_address_data),
    "additional_properties": ("*", _parse_additional_properties),
}

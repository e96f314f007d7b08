from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_details import AddressDetails
    from ..models.contact_details import ContactDetails
    from ..models.payment_details import PaymentDetails


T = TypeVar("T", bound="ClientDetails")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
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


@_attrs_define
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
        from ..models.address_details import AddressDetails  # noqa: PLC0415
        from ..models.contact_details import ContactDetails  # noqa: PLC0415
        from ..models.payment_details import PaymentDetails  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        name1 = d.pop("name1")

        pre_tax_attribute = d.pop("preTaxAttribute")

        postal_code = d.pop("postalCode")

        city = d.pop("city")

        name2 = d.pop("name2", UNSET)

        legal_form = d.pop("legalForm", UNSET)

        vat_serial_no = d.pop("vatSerialNo", UNSET)

        country_code = d.pop("countryCode", UNSET)

        country = d.pop("country", UNSET)

        _payment_details = d.pop("paymentDetails", UNSET)
        payment_details: PaymentDetails | Unset
        if isinstance(_payment_details, Unset):
            payment_details = UNSET
        else:
            payment_details = PaymentDetails.from_dict(_payment_details)

        _contact_details = d.pop("contactDetails", UNSET)
        contact_details: list[ContactDetails] | Unset = UNSET
        if _contact_details is not UNSET:
            contact_details = []
            for contact_details_item_data in _contact_details:
                contact_details_item = ContactDetails.from_dict(contact_details_item_data)

                contact_details.append(contact_details_item)

        address_line_1 = d.pop("addressLine1", UNSET)

        address_line_2 = d.pop("addressLine2", UNSET)

        address_line_3 = d.pop("addressLine3", UNSET)

        region = d.pop("region", UNSET)

        _address_data = d.pop("addressData", UNSET)
        address_data: AddressDetails | Unset
        if isinstance(_address_data, Unset):
            address_data = UNSET
        else:
            address_data = AddressDetails.from_dict(_address_data)

        _obj = cls(
            name1=name1,
            pre_tax_attribute=pre_tax_attribute,
            postal_code=postal_code,
            city=city,
            name2=name2,
            legal_form=legal_form,
            vat_serial_no=vat_serial_no,
            country_code=country_code,
            country=country,
            payment_details=payment_details,
            contact_details=contact_details,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            region=region,
            address_data=address_data,
        )

        _obj.additional_properties = d
        return _obj

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

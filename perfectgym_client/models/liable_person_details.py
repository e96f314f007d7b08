from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_details import AddressDetails
    from ..models.contact_details import ContactDetails
    from ..models.payment_details import PaymentDetails


T = TypeVar("T", bound="LiablePersonDetails")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
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


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_details import AddressDetails  # noqa: PLC0415
        from ..models.contact_details import ContactDetails  # noqa: PLC0415
        from ..models.payment_details import PaymentDetails  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        second_last_name = d.pop("secondLastName", UNSET)

        _birthdate = d.pop("birthdate", UNSET)
        birthdate: datetime.date | Unset
        if isinstance(_birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = datetime.date.fromisoformat(_birthdate)

        sex = d.pop("sex", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        city = d.pop("city", UNSET)

        country_code = d.pop("countryCode", UNSET)

        _contact_details = d.pop("contactDetails", UNSET)
        contact_details: list[ContactDetails] | Unset = UNSET
        if _contact_details is not UNSET:
            contact_details = []
            for contact_details_item_data in _contact_details:
                contact_details_item = ContactDetails.from_dict(contact_details_item_data)

                contact_details.append(contact_details_item)

        identification_number = d.pop("identificationNumber", UNSET)

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

        _payment_details = d.pop("paymentDetails", UNSET)
        payment_details: PaymentDetails | Unset
        if isinstance(_payment_details, Unset):
            payment_details = UNSET
        else:
            payment_details = PaymentDetails.from_dict(_payment_details)

        _obj = cls(
            first_name=first_name,
            last_name=last_name,
            second_last_name=second_last_name,
            birthdate=birthdate,
            sex=sex,
            postal_code=postal_code,
            city=city,
            country_code=country_code,
            contact_details=contact_details,
            identification_number=identification_number,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            region=region,
            address_data=address_data,
            payment_details=payment_details,
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_details import AddressDetails
    from ..models.collection_case import CollectionCase
    from ..models.contact_details import ContactDetails
    from ..models.contract_details import ContractDetails
    from ..models.liable_person_details import LiablePersonDetails
    from ..models.open_api_v1_block import OpenApiV1Block
    from ..models.payment_details import PaymentDetails


T = TypeVar("T", bound="Debtor")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "countryCode",
        "country",
        "identificationNumber",
        "paymentDetails",
        "contractDetails",
        "birthdate",
        "secondLastName",
        "postalCode",
        "liablePerson",
        "contactDetails",
        "collectionCases",
        "region",
        "addressData",
        "block",
        "addressLine1",
        "addressLine2",
        "addressLine3",
    }
)


@_attrs_define
class Debtor:
    """
    Attributes:
        debtor_id (str): Debtor unique id Example: 2334545.
        membership_nr (str): Membership number of the debtor Example: 1568462597.
        first_name (str): First name of the debtor Example: Sven.
        last_name (str): Last name of the debtor name Example: Hannawald.
        sex (str): Sex of the debtor Example: MALE.
        city (str): City of the debtor Example: Vienna.
        country_code (str | Unset): Country code of the debtor Example: AT.
        country (str | Unset): Country of the debtor Example: Austria.
        identification_number (str | Unset): Identification number of the debtor Example: ATU143543.
        payment_details (PaymentDetails | Unset): Describes the payment data
        contract_details (list[ContractDetails] | Unset): Contract data of the debtor
        birthdate (datetime.date | Unset): Birth date of the debtor Example: 1952-05-04.
        second_last_name (str | Unset): Second last name of the debtor name Example: Shmidt.
        postal_code (str | Unset): Postal code of the debtor Example: 1180.
        liable_person (LiablePersonDetails | Unset): The LiablePerson is used for members not being responsible themself
            for payments
        contact_details (list[ContactDetails] | Unset): Contact numbers of the debtor
        collection_cases (list[CollectionCase] | Unset): Collection case of the debtor
        region (str | Unset): Region of the debtor Example: Vienna.
        address_data (AddressDetails | Unset): Describes the address in detail, so every country has its own fields
            filled
        block (OpenApiV1Block | Unset): Debt is blocked for collection cases
        address_line_1 (str | Unset): Address first line
        address_line_2 (str | Unset): Address second line
        address_line_3 (str | Unset): Address third line
    """

    debtor_id: str
    membership_nr: str
    first_name: str
    last_name: str
    sex: str
    city: str
    country_code: str | Unset = UNSET
    country: str | Unset = UNSET
    identification_number: str | Unset = UNSET
    payment_details: PaymentDetails | Unset = UNSET
    contract_details: list[ContractDetails] | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    second_last_name: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    liable_person: LiablePersonDetails | Unset = UNSET
    contact_details: list[ContactDetails] | Unset = UNSET
    collection_cases: list[CollectionCase] | Unset = UNSET
    region: str | Unset = UNSET
    address_data: AddressDetails | Unset = UNSET
    block: OpenApiV1Block | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debtor_id = self.debtor_id

        membership_nr = self.membership_nr

        first_name = self.first_name

        last_name = self.last_name

        sex = self.sex

        city = self.city

        country_code = self.country_code

        country = self.country

        identification_number = self.identification_number

        payment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_details, Unset):
            payment_details = self.payment_details.to_dict()

        contract_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contract_details, Unset):
            contract_details = []
            for contract_details_item_data in self.contract_details:
                contract_details_item = contract_details_item_data.to_dict()
                contract_details.append(contract_details_item)

        birthdate: str | Unset = UNSET
        if not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate.isoformat()

        second_last_name = self.second_last_name

        postal_code = self.postal_code

        liable_person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liable_person, Unset):
            liable_person = self.liable_person.to_dict()

        contact_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_details, Unset):
            contact_details = []
            for contact_details_item_data in self.contact_details:
                contact_details_item = contact_details_item_data.to_dict()
                contact_details.append(contact_details_item)

        collection_cases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collection_cases, Unset):
            collection_cases = []
            for collection_cases_item_data in self.collection_cases:
                collection_cases_item = collection_cases_item_data.to_dict()
                collection_cases.append(collection_cases_item)

        region = self.region

        address_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_data, Unset):
            address_data = self.address_data.to_dict()

        block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block, Unset):
            block = self.block.to_dict()

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "debtorId": debtor_id,
                "membershipNr": membership_nr,
                "firstName": first_name,
                "lastName": last_name,
                "sex": sex,
                "city": city,
            }
        )
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if country is not UNSET:
            field_dict["country"] = country
        if identification_number is not UNSET:
            field_dict["identificationNumber"] = identification_number
        if payment_details is not UNSET:
            field_dict["paymentDetails"] = payment_details
        if contract_details is not UNSET:
            field_dict["contractDetails"] = contract_details
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if second_last_name is not UNSET:
            field_dict["secondLastName"] = second_last_name
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if liable_person is not UNSET:
            field_dict["liablePerson"] = liable_person
        if contact_details is not UNSET:
            field_dict["contactDetails"] = contact_details
        if collection_cases is not UNSET:
            field_dict["collectionCases"] = collection_cases
        if region is not UNSET:
            field_dict["region"] = region
        if address_data is not UNSET:
            field_dict["addressData"] = address_data
        if block is not UNSET:
            field_dict["block"] = block
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_details import AddressDetails  # noqa: PLC0415
        from ..models.collection_case import CollectionCase  # noqa: PLC0415
        from ..models.contact_details import ContactDetails  # noqa: PLC0415
        from ..models.contract_details import ContractDetails  # noqa: PLC0415
        from ..models.liable_person_details import LiablePersonDetails  # noqa: PLC0415
        from ..models.open_api_v1_block import OpenApiV1Block  # noqa: PLC0415
        from ..models.payment_details import PaymentDetails  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        debtor_id = d.pop("debtorId")

        membership_nr = d.pop("membershipNr")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        sex = d.pop("sex")

        city = d.pop("city")

        country_code = d.pop("countryCode", UNSET)

        country = d.pop("country", UNSET)

        identification_number = d.pop("identificationNumber", UNSET)

        _payment_details = d.pop("paymentDetails", UNSET)
        payment_details: PaymentDetails | Unset
        if isinstance(_payment_details, Unset):
            payment_details = UNSET
        else:
            payment_details = PaymentDetails.from_dict(_payment_details)

        _contract_details = d.pop("contractDetails", UNSET)
        contract_details: list[ContractDetails] | Unset = UNSET
        if _contract_details is not UNSET:
            contract_details = []
            for contract_details_item_data in _contract_details:
                contract_details_item = ContractDetails.from_dict(contract_details_item_data)

                contract_details.append(contract_details_item)

        _birthdate = d.pop("birthdate", UNSET)
        birthdate: datetime.date | Unset
        if isinstance(_birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = datetime.date.fromisoformat(_birthdate)

        second_last_name = d.pop("secondLastName", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        _liable_person = d.pop("liablePerson", UNSET)
        liable_person: LiablePersonDetails | Unset
        if isinstance(_liable_person, Unset):
            liable_person = UNSET
        else:
            liable_person = LiablePersonDetails.from_dict(_liable_person)

        _contact_details = d.pop("contactDetails", UNSET)
        contact_details: list[ContactDetails] | Unset = UNSET
        if _contact_details is not UNSET:
            contact_details = []
            for contact_details_item_data in _contact_details:
                contact_details_item = ContactDetails.from_dict(contact_details_item_data)

                contact_details.append(contact_details_item)

        _collection_cases = d.pop("collectionCases", UNSET)
        collection_cases: list[CollectionCase] | Unset = UNSET
        if _collection_cases is not UNSET:
            collection_cases = []
            for collection_cases_item_data in _collection_cases:
                collection_cases_item = CollectionCase.from_dict(collection_cases_item_data)

                collection_cases.append(collection_cases_item)

        region = d.pop("region", UNSET)

        _address_data = d.pop("addressData", UNSET)
        address_data: AddressDetails | Unset
        if isinstance(_address_data, Unset):
            address_data = UNSET
        else:
            address_data = AddressDetails.from_dict(_address_data)

        _block = d.pop("block", UNSET)
        block: OpenApiV1Block | Unset
        if isinstance(_block, Unset):
            block = UNSET
        else:
            block = OpenApiV1Block.from_dict(_block)

        address_line_1 = d.pop("addressLine1", UNSET)

        address_line_2 = d.pop("addressLine2", UNSET)

        address_line_3 = d.pop("addressLine3", UNSET)

        _obj = cls(
            debtor_id=debtor_id,
            membership_nr=membership_nr,
            first_name=first_name,
            last_name=last_name,
            sex=sex,
            city=city,
            country_code=country_code,
            country=country,
            identification_number=identification_number,
            payment_details=payment_details,
            contract_details=contract_details,
            birthdate=birthdate,
            second_last_name=second_last_name,
            postal_code=postal_code,
            liable_person=liable_person,
            contact_details=contact_details,
            collection_cases=collection_cases,
            region=region,
            address_data=address_data,
            block=block,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
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

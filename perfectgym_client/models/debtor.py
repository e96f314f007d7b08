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
    from ..models.collection_case import CollectionCase
    from ..models.contact_details import ContactDetails
    from ..models.contract_details import ContractDetails
    from ..models.liable_person_details import LiablePersonDetails
    from ..models.open_api_v1_block import OpenApiV1Block
    from ..models.payment_details import PaymentDetails


T = TypeVar("T", bound="Debtor")


@_attrs_define(slots=False, repr=False, eq=False)
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "debtorId",
        "membershipNr",
        "firstName",
        "lastName",
        "sex",
        "city",
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
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.address_details import AddressDetails  # noqa: PLC0415
    from ..models.collection_case import CollectionCase  # noqa: PLC0415
    from ..models.contact_details import ContactDetails  # noqa: PLC0415
    from ..models.contract_details import ContractDetails  # noqa: PLC0415
    from ..models.liable_person_details import LiablePersonDetails  # noqa: PLC0415
    from ..models.open_api_v1_block import OpenApiV1Block  # noqa: PLC0415
    from ..models.payment_details import PaymentDetails  # noqa: PLC0415

    globals().update(
        {
            "AddressDetails": AddressDetails,
            "CollectionCase": CollectionCase,
            "ContactDetails": ContactDetails,
            "ContractDetails": ContractDetails,
            "LiablePersonDetails": LiablePersonDetails,
            "OpenApiV1Block": OpenApiV1Block,
            "PaymentDetails": PaymentDetails,
        }
    )
    _nested_resolved = True


def _parse_debtor_id(d: dict[str, Any]) -> str:
    _source: str = d["debtorId"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_membership_nr(d: dict[str, Any]) -> str:
    _source: str = d["membershipNr"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


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


def _parse_sex(d: dict[str, Any]) -> str:
    _source: str = d["sex"]
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


def _parse_identification_number(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("identificationNumber", UNSET)
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


def _parse_contract_details(d: dict[str, Any]) -> list[ContractDetails] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("contractDetails", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _contract_details = _source
    contract_details: list[ContractDetails] | Unset = UNSET
    if _contract_details is not UNSET:
        contract_details = []
        for contract_details_item_data in _contract_details:
            contract_details_item = ContractDetails.from_dict(contract_details_item_data)

            contract_details.append(contract_details_item)

    return contract_details


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


def _parse_second_last_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("secondLastName", UNSET)
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


def _parse_liable_person(d: dict[str, Any]) -> LiablePersonDetails | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("liablePerson", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _liable_person = _source
    liable_person: LiablePersonDetails | Unset
    if isinstance(_liable_person, Unset):
        liable_person = UNSET
    else:
        liable_person = LiablePersonDetails.from_dict(_liable_person)

    return liable_person


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


def _parse_collection_cases(d: dict[str, Any]) -> list[CollectionCase] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("collectionCases", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _collection_cases = _source
    collection_cases: list[CollectionCase] | Unset = UNSET
    if _collection_cases is not UNSET:
        collection_cases = []
        for collection_cases_item_data in _collection_cases:
            collection_cases_item = CollectionCase.from_dict(collection_cases_item_data)

            collection_cases.append(collection_cases_item)

    return collection_cases


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


def _parse_block(d: dict[str, Any]) -> OpenApiV1Block | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("block", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _block = _source
    block: OpenApiV1Block | Unset
    if isinstance(_block, Unset):
        block = UNSET
    else:
        block = OpenApiV1Block.from_dict(_block)

    return block


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


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    Debtor,
    (
        ("debtor_id", "debtorId", _parse_debtor_id, str),
        ("membership_nr", "membershipNr", _parse_membership_nr, str),
        ("first_name", "firstName", _parse_first_name, str),
        ("last_name", "lastName", _parse_last_name, str),
        ("sex", "sex", _parse_sex, str),
        ("city", "city", _parse_city, str),
        ("country_code", "countryCode", _parse_country_code, str),
        ("country", "country", _parse_country, str),
        ("identification_number", "identificationNumber", _parse_identification_number, str),
        ("payment_details", "paymentDetails", _parse_payment_details, None),
        ("contract_details", "contractDetails", _parse_contract_details, None),
        ("birthdate", "birthdate", _parse_birthdate, None),
        ("second_last_name", "secondLastName", _parse_second_last_name, str),
        ("postal_code", "postalCode", _parse_postal_code, str),
        ("liable_person", "liablePerson", _parse_liable_person, None),
        ("contact_details", "contactDetails", _parse_contact_details, None),
        ("collection_cases", "collectionCases", _parse_collection_cases, None),
        ("region", "region", _parse_region, str),
        ("address_data", "addressData", _parse_address_data, None),
        ("block", "block", _parse_block, None),
        ("address_line_1", "addressLine1", _parse_address_line_1, str),
        ("address_line_2", "addressLine2", _parse_address_line_2, str),
        ("address_line_3", "addressLine3", _parse_address_line_3, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.customer_gender import CustomerGender
from ..models.customer_status import CustomerStatus
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_array,
    expect_json_scalar,
    expect_json_scalars,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.access_medium_dto import AccessMediumDto
    from ..models.access_restriction import AccessRestriction
    from ..models.additional_information_field_assignment import AdditionalInformationFieldAssignment
    from ..models.bank_account import BankAccount
    from ..models.customer_idle_period import CustomerIdlePeriod
    from ..models.language import Language


T = TypeVar("T", bound="Customer")


@_attrs_define(slots=False, repr=False, eq=False)
class Customer:
    """
    Attributes:
        id (int): Unique ID of the customer Example: 1001.
        status (CustomerStatus): Status of customer
        access_refusal (bool): Indicates whether the customer has an access block currently
        customer_number (str | Unset): Customer number Example: 1-12345.
        first_name (str | Unset): First name of the customer Example: Edgar.
        second_first_name (str | Unset): Second first name of the customer Example: Thomas.
        last_name (str | Unset): Surname of the customer Example: Bullock.
        second_last_name (str | Unset): Second last name of the customer Example: Meyer.
        date_of_birth (datetime.date | Unset): Birthday of the customer Example: 1952-05-04.
        email (str | Unset): Email address of the customer Example: example@email.com.
        gender (CustomerGender | Unset): Gender of the customer
        street (str | Unset): Street of the customer Example: Am Bahnhof.
        house_number (str | Unset): Number of the customer's house Example: 89.
        zip_code (str | Unset): Zip code of the customer Example: 12133.
        city (str | Unset): City of the customer Example: Munich.
        country (str | Unset): Country of the customer Example: DE.
        second_street (str | Unset): Second street line of the customer's address Example: Second Street.
        city_part (str | Unset): City part of the customer's address Example: Tegel.
        district (str | Unset): District of the customer's address Example: District 12.
        street_type (str | Unset): Street type of the customer's address Example: Avenue.
        street_block (str | Unset): Street block of the customer's address Example: 5th block.
        portal (str | Unset): Portal of the customer's address Example: Portal 1.
        stairway (str | Unset): Stairway of the customer's address Example: Right stairway.
        door (str | Unset): Door of the customer's address Example: Door 1.
        province (str | Unset): Province of the customer's address Example: Champagne.
        additional_address_information (str | Unset): Additional address information of the customer's address Example:
            Additional information.
        floor (str | Unset): Floor of the customer's address Example: 2nd floor.
        building_name (str | Unset): Building name Example: Empire State Building.
        image_url (str | Unset): Url with an image to download. Temporary URL, expires after 15 minutes. Example:
            https://example.com.
        phone_private (str | Unset): Private phone number of the customer Example: +49 30901820.
        phone_private_mobile (str | Unset): Private mobile phone number of the customer Example: +49 15223433333.
        phone_business (str | Unset): Business phone number of the customer Example: +49 30901820.
        phone_business_mobile (str | Unset): Business mobile phone number of the customer Example: +49 15223433333.
        idle_periods (list[CustomerIdlePeriod] | Unset): List of customer's idle periods
        bank_account (BankAccount | Unset): Customer's bank account information
        access_restrictions (list[AccessRestriction] | Unset): List of access restrictions of the customer
        uuid (str | Unset): Customer's UUID Example: 7be3932c-825b-4401-abff-29e9f9410bc7.
        referral_code (str | Unset): Customer's referral code Example: 20J6N.
        studio_id (int | Unset): Studio ID of the customer Example: 1238735970.
        preferred_language (Language | Unset): Basic language information
        additional_information_field_assignments (list[AdditionalInformationFieldAssignment] | Unset): List of
            additional information field assignments of the customer
        third_party_id (str | Unset): Unique ID of the third party customer in the third party system Example: A1000.
        created_date_time (str | Unset): Customer's creation date time in ISO-8601 format (may end with a zone id in
            brackets, e.g. [Europe/Berlin]) Example: 2022-06-15T23:59:59.999+02:00[Europe/Berlin].
        access_mediums (list[AccessMediumDto] | Unset): List of access mediums of the customer
        card_numbers (list[str] | Unset):
    """

    id: int
    status: CustomerStatus
    access_refusal: bool
    customer_number: str | Unset = UNSET
    first_name: str | Unset = UNSET
    second_first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    second_last_name: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    email: str | Unset = UNSET
    gender: CustomerGender | Unset = UNSET
    street: str | Unset = UNSET
    house_number: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    second_street: str | Unset = UNSET
    city_part: str | Unset = UNSET
    district: str | Unset = UNSET
    street_type: str | Unset = UNSET
    street_block: str | Unset = UNSET
    portal: str | Unset = UNSET
    stairway: str | Unset = UNSET
    door: str | Unset = UNSET
    province: str | Unset = UNSET
    additional_address_information: str | Unset = UNSET
    floor: str | Unset = UNSET
    building_name: str | Unset = UNSET
    image_url: str | Unset = UNSET
    phone_private: str | Unset = UNSET
    phone_private_mobile: str | Unset = UNSET
    phone_business: str | Unset = UNSET
    phone_business_mobile: str | Unset = UNSET
    idle_periods: list[CustomerIdlePeriod] | Unset = UNSET
    bank_account: BankAccount | Unset = UNSET
    access_restrictions: list[AccessRestriction] | Unset = UNSET
    uuid: str | Unset = UNSET
    referral_code: str | Unset = UNSET
    studio_id: int | Unset = UNSET
    preferred_language: Language | Unset = UNSET
    additional_information_field_assignments: list[AdditionalInformationFieldAssignment] | Unset = UNSET
    third_party_id: str | Unset = UNSET
    created_date_time: str | Unset = UNSET
    access_mediums: list[AccessMediumDto] | Unset = UNSET
    card_numbers: list[str] | Unset = UNSET
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
            id = self.id

            status = self.status.value

            access_refusal = self.access_refusal

            customer_number = self.customer_number

            first_name = self.first_name

            second_first_name = self.second_first_name

            last_name = self.last_name

            second_last_name = self.second_last_name

            date_of_birth: str | Unset = UNSET
            if not isinstance(self.date_of_birth, Unset):
                date_of_birth = self.date_of_birth.isoformat()

            email = self.email

            gender: str | Unset = UNSET
            if not isinstance(self.gender, Unset):
                gender = self.gender.value

            street = self.street

            house_number = self.house_number

            zip_code = self.zip_code

            city = self.city

            country = self.country

            second_street = self.second_street

            city_part = self.city_part

            district = self.district

            street_type = self.street_type

            street_block = self.street_block

            portal = self.portal

            stairway = self.stairway

            door = self.door

            province = self.province

            additional_address_information = self.additional_address_information

            floor = self.floor

            building_name = self.building_name

            image_url = self.image_url

            phone_private = self.phone_private

            phone_private_mobile = self.phone_private_mobile

            phone_business = self.phone_business

            phone_business_mobile = self.phone_business_mobile

            idle_periods: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.idle_periods, Unset):
                idle_periods = []
                for idle_periods_item_data in self.idle_periods:
                    idle_periods_item = idle_periods_item_data.to_dict()
                    idle_periods.append(idle_periods_item)

            bank_account: dict[str, Any] | Unset = UNSET
            if not isinstance(self.bank_account, Unset):
                bank_account = self.bank_account.to_dict()

            access_restrictions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.access_restrictions, Unset):
                access_restrictions = []
                for access_restrictions_item_data in self.access_restrictions:
                    access_restrictions_item = access_restrictions_item_data.to_dict()
                    access_restrictions.append(access_restrictions_item)

            uuid = self.uuid

            referral_code = self.referral_code

            studio_id = self.studio_id

            preferred_language: dict[str, Any] | Unset = UNSET
            if not isinstance(self.preferred_language, Unset):
                preferred_language = self.preferred_language.to_dict()

            additional_information_field_assignments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.additional_information_field_assignments, Unset):
                additional_information_field_assignments = []
                for additional_information_field_assignments_item_data in self.additional_information_field_assignments:
                    additional_information_field_assignments_item = (
                        additional_information_field_assignments_item_data.to_dict()
                    )
                    additional_information_field_assignments.append(additional_information_field_assignments_item)

            third_party_id = self.third_party_id

            created_date_time = self.created_date_time

            access_mediums: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.access_mediums, Unset):
                access_mediums = []
                for access_mediums_item_data in self.access_mediums:
                    access_mediums_item = access_mediums_item_data.to_dict()
                    access_mediums.append(access_mediums_item)

            card_numbers: list[str] | Unset = UNSET
            if not isinstance(self.card_numbers, Unset):
                card_numbers = self.card_numbers

            if isinstance(card_numbers, list):
                card_numbers = list(card_numbers)  # handed out: never the model's own list

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                    "status": status,
                    "accessRefusal": access_refusal,
                }
            )
            if customer_number is not UNSET:
                field_dict["customerNumber"] = customer_number
            if first_name is not UNSET:
                field_dict["firstName"] = first_name
            if second_first_name is not UNSET:
                field_dict["secondFirstName"] = second_first_name
            if last_name is not UNSET:
                field_dict["lastName"] = last_name
            if second_last_name is not UNSET:
                field_dict["secondLastName"] = second_last_name
            if date_of_birth is not UNSET:
                field_dict["dateOfBirth"] = date_of_birth
            if email is not UNSET:
                field_dict["email"] = email
            if gender is not UNSET:
                field_dict["gender"] = gender
            if street is not UNSET:
                field_dict["street"] = street
            if house_number is not UNSET:
                field_dict["houseNumber"] = house_number
            if zip_code is not UNSET:
                field_dict["zipCode"] = zip_code
            if city is not UNSET:
                field_dict["city"] = city
            if country is not UNSET:
                field_dict["country"] = country
            if second_street is not UNSET:
                field_dict["secondStreet"] = second_street
            if city_part is not UNSET:
                field_dict["cityPart"] = city_part
            if district is not UNSET:
                field_dict["district"] = district
            if street_type is not UNSET:
                field_dict["streetType"] = street_type
            if street_block is not UNSET:
                field_dict["streetBlock"] = street_block
            if portal is not UNSET:
                field_dict["portal"] = portal
            if stairway is not UNSET:
                field_dict["stairway"] = stairway
            if door is not UNSET:
                field_dict["door"] = door
            if province is not UNSET:
                field_dict["province"] = province
            if additional_address_information is not UNSET:
                field_dict["additionalAddressInformation"] = additional_address_information
            if floor is not UNSET:
                field_dict["floor"] = floor
            if building_name is not UNSET:
                field_dict["buildingName"] = building_name
            if image_url is not UNSET:
                field_dict["imageUrl"] = image_url
            if phone_private is not UNSET:
                field_dict["phonePrivate"] = phone_private
            if phone_private_mobile is not UNSET:
                field_dict["phonePrivateMobile"] = phone_private_mobile
            if phone_business is not UNSET:
                field_dict["phoneBusiness"] = phone_business
            if phone_business_mobile is not UNSET:
                field_dict["phoneBusinessMobile"] = phone_business_mobile
            if idle_periods is not UNSET:
                field_dict["idlePeriods"] = idle_periods
            if bank_account is not UNSET:
                field_dict["bankAccount"] = bank_account
            if access_restrictions is not UNSET:
                field_dict["accessRestrictions"] = access_restrictions
            if uuid is not UNSET:
                field_dict["uuid"] = uuid
            if referral_code is not UNSET:
                field_dict["referralCode"] = referral_code
            if studio_id is not UNSET:
                field_dict["studioId"] = studio_id
            if preferred_language is not UNSET:
                field_dict["preferredLanguage"] = preferred_language
            if additional_information_field_assignments is not UNSET:
                field_dict["additionalInformationFieldAssignments"] = additional_information_field_assignments
            if third_party_id is not UNSET:
                field_dict["thirdPartyId"] = third_party_id
            if created_date_time is not UNSET:
                field_dict["createdDateTime"] = created_date_time
            if access_mediums is not UNSET:
                field_dict["accessMediums"] = access_mediums
            if card_numbers is not UNSET:
                field_dict["cardNumbers"] = card_numbers

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
        "id",
        "status",
        "accessRefusal",
        "customerNumber",
        "firstName",
        "secondFirstName",
        "lastName",
        "secondLastName",
        "dateOfBirth",
        "email",
        "gender",
        "street",
        "houseNumber",
        "zipCode",
        "city",
        "country",
        "secondStreet",
        "cityPart",
        "district",
        "streetType",
        "streetBlock",
        "portal",
        "stairway",
        "door",
        "province",
        "additionalAddressInformation",
        "floor",
        "buildingName",
        "imageUrl",
        "phonePrivate",
        "phonePrivateMobile",
        "phoneBusiness",
        "phoneBusinessMobile",
        "idlePeriods",
        "bankAccount",
        "accessRestrictions",
        "uuid",
        "referralCode",
        "studioId",
        "preferredLanguage",
        "additionalInformationFieldAssignments",
        "thirdPartyId",
        "createdDateTime",
        "accessMediums",
        "cardNumbers",
    }
)
_CustomerStatus_BY_VALUE = enum_members(CustomerStatus)
_CustomerGender_BY_VALUE = enum_members(CustomerGender)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.access_medium_dto import AccessMediumDto  # noqa: PLC0415
    from ..models.access_restriction import AccessRestriction  # noqa: PLC0415
    from ..models.additional_information_field_assignment import AdditionalInformationFieldAssignment  # noqa: PLC0415
    from ..models.bank_account import BankAccount  # noqa: PLC0415
    from ..models.customer_idle_period import CustomerIdlePeriod  # noqa: PLC0415
    from ..models.language import Language  # noqa: PLC0415

    globals().update(
        {
            "AccessMediumDto": AccessMediumDto,
            "AccessRestriction": AccessRestriction,
            "AdditionalInformationFieldAssignment": AdditionalInformationFieldAssignment,
            "BankAccount": BankAccount,
            "CustomerIdlePeriod": CustomerIdlePeriod,
            "Language": Language,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_status(d: dict[str, Any]) -> CustomerStatus:
    _source = d["status"]
    try:
        return _CustomerStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return CustomerStatus(_source)


def _parse_access_refusal(d: dict[str, Any]) -> bool:
    _source: bool = d["accessRefusal"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_customer_number(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("customerNumber", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_first_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("firstName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_second_first_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("secondFirstName", UNSET)
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


def _parse_second_last_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("secondLastName", UNSET)
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


def _parse_email(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("email", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_gender(d: dict[str, Any]) -> CustomerGender | Unset:
    _source = d.get("gender", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _CustomerGender_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return CustomerGender(_source)


def _parse_street(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("street", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_house_number(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("houseNumber", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_zip_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("zipCode", UNSET)
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


def _parse_country(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("country", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_second_street(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("secondStreet", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_city_part(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("cityPart", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_district(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("district", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_street_type(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("streetType", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_street_block(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("streetBlock", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_portal(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("portal", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_stairway(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("stairway", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_door(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("door", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_province(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("province", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_additional_address_information(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("additionalAddressInformation", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_floor(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("floor", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_building_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("buildingName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_image_url(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("imageUrl", UNSET)
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


def _parse_idle_periods(d: dict[str, Any]) -> list[CustomerIdlePeriod] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("idlePeriods", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _idle_periods = _source
    idle_periods: list[CustomerIdlePeriod] | Unset = UNSET
    if _idle_periods is not UNSET:
        idle_periods = []
        for idle_periods_item_data in _idle_periods:
            idle_periods_item = CustomerIdlePeriod.from_dict(idle_periods_item_data)

            idle_periods.append(idle_periods_item)

    return idle_periods


def _parse_bank_account(d: dict[str, Any]) -> BankAccount | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("bankAccount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _bank_account = _source
    bank_account: BankAccount | Unset
    if isinstance(_bank_account, Unset):
        bank_account = UNSET
    else:
        bank_account = BankAccount.from_dict(_bank_account)

    return bank_account


def _parse_access_restrictions(d: dict[str, Any]) -> list[AccessRestriction] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("accessRestrictions", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _access_restrictions = _source
    access_restrictions: list[AccessRestriction] | Unset = UNSET
    if _access_restrictions is not UNSET:
        access_restrictions = []
        for access_restrictions_item_data in _access_restrictions:
            access_restrictions_item = AccessRestriction.from_dict(access_restrictions_item_data)

            access_restrictions.append(access_restrictions_item)

    return access_restrictions


def _parse_uuid(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("uuid", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_referral_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("referralCode", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_studio_id(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("studioId", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_preferred_language(d: dict[str, Any]) -> Language | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("preferredLanguage", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _preferred_language = _source
    preferred_language: Language | Unset
    if isinstance(_preferred_language, Unset):
        preferred_language = UNSET
    else:
        preferred_language = Language.from_dict(_preferred_language)

    return preferred_language


def _parse_additional_information_field_assignments(
    d: dict[str, Any],
) -> list[AdditionalInformationFieldAssignment] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("additionalInformationFieldAssignments", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _additional_information_field_assignments = _source
    additional_information_field_assignments: list[AdditionalInformationFieldAssignment] | Unset = UNSET
    if _additional_information_field_assignments is not UNSET:
        additional_information_field_assignments = []
        for additional_information_field_assignments_item_data in _additional_information_field_assignments:
            additional_information_field_assignments_item = AdditionalInformationFieldAssignment.from_dict(
                additional_information_field_assignments_item_data
            )

            additional_information_field_assignments.append(additional_information_field_assignments_item)

    return additional_information_field_assignments


def _parse_third_party_id(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("thirdPartyId", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_created_date_time(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("createdDateTime", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_access_mediums(d: dict[str, Any]) -> list[AccessMediumDto] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("accessMediums", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _access_mediums = _source
    access_mediums: list[AccessMediumDto] | Unset = UNSET
    if _access_mediums is not UNSET:
        access_mediums = []
        for access_mediums_item_data in _access_mediums:
            access_mediums_item = AccessMediumDto.from_dict(access_mediums_item_data)

            access_mediums.append(access_mediums_item)

    return access_mediums


def _parse_card_numbers(d: dict[str, Any]) -> list[str] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("cardNumbers", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    if _source.__class__ is list:
        expect_json_scalars(_source, str)
    card_numbers: list[str] | Unset = _source
    return card_numbers


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    Customer,
    (
        ("id", "id", _parse_id, int),
        ("status", "status", _parse_status, None),
        ("access_refusal", "accessRefusal", _parse_access_refusal, bool),
        ("customer_number", "customerNumber", _parse_customer_number, str),
        ("first_name", "firstName", _parse_first_name, str),
        ("second_first_name", "secondFirstName", _parse_second_first_name, str),
        ("last_name", "lastName", _parse_last_name, str),
        ("second_last_name", "secondLastName", _parse_second_last_name, str),
        ("date_of_birth", "dateOfBirth", _parse_date_of_birth, None),
        ("email", "email", _parse_email, str),
        ("gender", "gender", _parse_gender, None),
        ("street", "street", _parse_street, str),
        ("house_number", "houseNumber", _parse_house_number, str),
        ("zip_code", "zipCode", _parse_zip_code, str),
        ("city", "city", _parse_city, str),
        ("country", "country", _parse_country, str),
        ("second_street", "secondStreet", _parse_second_street, str),
        ("city_part", "cityPart", _parse_city_part, str),
        ("district", "district", _parse_district, str),
        ("street_type", "streetType", _parse_street_type, str),
        ("street_block", "streetBlock", _parse_street_block, str),
        ("portal", "portal", _parse_portal, str),
        ("stairway", "stairway", _parse_stairway, str),
        ("door", "door", _parse_door, str),
        ("province", "province", _parse_province, str),
        ("additional_address_information", "additionalAddressInformation", _parse_additional_address_information, str),
        ("floor", "floor", _parse_floor, str),
        ("building_name", "buildingName", _parse_building_name, str),
        ("image_url", "imageUrl", _parse_image_url, str),
        ("phone_private", "phonePrivate", _parse_phone_private, str),
        ("phone_private_mobile", "phonePrivateMobile", _parse_phone_private_mobile, str),
        ("phone_business", "phoneBusiness", _parse_phone_business, str),
        ("phone_business_mobile", "phoneBusinessMobile", _parse_phone_business_mobile, str),
        ("idle_periods", "idlePeriods", _parse_idle_periods, None),
        ("bank_account", "bankAccount", _parse_bank_account, None),
        ("access_restrictions", "accessRestrictions", _parse_access_restrictions, None),
        ("uuid", "uuid", _parse_uuid, str),
        ("referral_code", "referralCode", _parse_referral_code, str),
        ("studio_id", "studioId", _parse_studio_id, int),
        ("preferred_language", "preferredLanguage", _parse_preferred_language, None),
        (
            "additional_information_field_assignments",
            "additionalInformationFieldAssignments",
            _parse_additional_information_field_assignments,
            None,
        ),
        ("third_party_id", "thirdPartyId", _parse_third_party_id, str),
        ("created_date_time", "createdDateTime", _parse_created_date_time, str),
        ("access_mediums", "accessMediums", _parse_access_mediums, None),
        ("card_numbers", "cardNumbers", _parse_card_numbers, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

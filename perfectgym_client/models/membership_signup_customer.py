from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.membership_signup_customer_gender import MembershipSignupCustomerGender
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
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
    from ..models.additional_information_field_assignment import AdditionalInformationFieldAssignment
    from ..models.communication_preference import CommunicationPreference
    from ..models.document_identification import DocumentIdentification
    from ..models.language import Language


T = TypeVar("T", bound="MembershipSignupCustomer")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipSignupCustomer:
    """The customer information used for the membership signup

    Attributes:
        first_name (str): First name of the customer Example: Peter.
        last_name (str): Last name of the customer Example: Muller.
        date_of_birth (datetime.date): Date of birth of the customer Example: 2019-08-24.
        email (str): Email address of the customer Example: example@example.com.
        street (str): Street of the customer's address Example: Raboisen Street.
        language (Language): Basic language information
        city (str): City of the customer's address Example: Hamburg.
        zip_code (str): Zip code of the customer's address Example: 220-99.
        country_code (str): Country code of the customer's address Example: DE.
        third_party_id (str | Unset): Unique ID of the third party customer in the third party system Example: A1000.
        second_first_name (str | Unset): Second first name of the customer Example: Thomas.
        second_last_name (str | Unset): Second last name of the customer Example: Meyer.
        place_of_birth (str | Unset): Place of birth of the customer
        country_of_birth (str | Unset): Country of birth of the customer
        gender (MembershipSignupCustomerGender | Unset): Gender of the customer
        phone_number_private (str | Unset): Private phone number of the customer Example: +44123456789.
        phone_number_mobile (str | Unset): Mobile phone number of the customer Example: +44987654321.
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
        house_number (str | Unset): House number of the customer's address Example: 3-4.
        building_name (str | Unset): Building name Example: Empire State Building.
        tax_id (str | Unset): Required if the studio is located in Spain or Italy Example: 12345678A.
        communication_preferences (list[CommunicationPreference] | Unset): List of communication preferences for the
            customer
        document_identification (DocumentIdentification | Unset): Information from an official document that identifies
            the customer
        payment_request_token (str | Unset): Token from a user payment session; sets the customer's payment method (CASH
            when left out)
        additional_information_field_assignments (list[AdditionalInformationFieldAssignment] | Unset): List of
            additional information field assignments of the customer
    """

    first_name: str
    last_name: str
    date_of_birth: datetime.date
    email: str
    street: str
    language: Language
    city: str
    zip_code: str
    country_code: str
    third_party_id: str | Unset = UNSET
    second_first_name: str | Unset = UNSET
    second_last_name: str | Unset = UNSET
    place_of_birth: str | Unset = UNSET
    country_of_birth: str | Unset = UNSET
    gender: MembershipSignupCustomerGender | Unset = UNSET
    phone_number_private: str | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
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
    house_number: str | Unset = UNSET
    building_name: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    communication_preferences: list[CommunicationPreference] | Unset = UNSET
    document_identification: DocumentIdentification | Unset = UNSET
    payment_request_token: str | Unset = UNSET
    additional_information_field_assignments: list[AdditionalInformationFieldAssignment] | Unset = UNSET
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

            date_of_birth = self.date_of_birth.isoformat()

            email = self.email

            street = self.street

            language = self.language.to_dict()

            city = self.city

            zip_code = self.zip_code

            country_code = self.country_code

            third_party_id = self.third_party_id

            second_first_name = self.second_first_name

            second_last_name = self.second_last_name

            place_of_birth = self.place_of_birth

            country_of_birth = self.country_of_birth

            gender: str | Unset = UNSET
            if not isinstance(self.gender, Unset):
                gender = self.gender.value

            phone_number_private = self.phone_number_private

            phone_number_mobile = self.phone_number_mobile

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

            house_number = self.house_number

            building_name = self.building_name

            tax_id = self.tax_id

            communication_preferences: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.communication_preferences, Unset):
                communication_preferences = []
                for communication_preferences_item_data in self.communication_preferences:
                    communication_preferences_item = communication_preferences_item_data.to_dict()
                    communication_preferences.append(communication_preferences_item)

            document_identification: dict[str, Any] | Unset = UNSET
            if not isinstance(self.document_identification, Unset):
                document_identification = self.document_identification.to_dict()

            payment_request_token = self.payment_request_token

            additional_information_field_assignments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.additional_information_field_assignments, Unset):
                additional_information_field_assignments = []
                for additional_information_field_assignments_item_data in self.additional_information_field_assignments:
                    additional_information_field_assignments_item = (
                        additional_information_field_assignments_item_data.to_dict()
                    )
                    additional_information_field_assignments.append(additional_information_field_assignments_item)

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "firstName": first_name,
                    "lastName": last_name,
                    "dateOfBirth": date_of_birth,
                    "email": email,
                    "street": street,
                    "language": language,
                    "city": city,
                    "zipCode": zip_code,
                    "countryCode": country_code,
                }
            )
            if third_party_id is not UNSET:
                field_dict["thirdPartyId"] = third_party_id
            if second_first_name is not UNSET:
                field_dict["secondFirstName"] = second_first_name
            if second_last_name is not UNSET:
                field_dict["secondLastName"] = second_last_name
            if place_of_birth is not UNSET:
                field_dict["placeOfBirth"] = place_of_birth
            if country_of_birth is not UNSET:
                field_dict["countryOfBirth"] = country_of_birth
            if gender is not UNSET:
                field_dict["gender"] = gender
            if phone_number_private is not UNSET:
                field_dict["phoneNumberPrivate"] = phone_number_private
            if phone_number_mobile is not UNSET:
                field_dict["phoneNumberMobile"] = phone_number_mobile
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
            if house_number is not UNSET:
                field_dict["houseNumber"] = house_number
            if building_name is not UNSET:
                field_dict["buildingName"] = building_name
            if tax_id is not UNSET:
                field_dict["taxId"] = tax_id
            if communication_preferences is not UNSET:
                field_dict["communicationPreferences"] = communication_preferences
            if document_identification is not UNSET:
                field_dict["documentIdentification"] = document_identification
            if payment_request_token is not UNSET:
                field_dict["paymentRequestToken"] = payment_request_token
            if additional_information_field_assignments is not UNSET:
                field_dict["additionalInformationFieldAssignments"] = additional_information_field_assignments

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
        "dateOfBirth",
        "email",
        "street",
        "language",
        "city",
        "zipCode",
        "countryCode",
        "thirdPartyId",
        "secondFirstName",
        "secondLastName",
        "placeOfBirth",
        "countryOfBirth",
        "gender",
        "phoneNumberPrivate",
        "phoneNumberMobile",
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
        "houseNumber",
        "buildingName",
        "taxId",
        "communicationPreferences",
        "documentIdentification",
        "paymentRequestToken",
        "additionalInformationFieldAssignments",
    }
)
_MembershipSignupCustomerGender_BY_VALUE = enum_members(MembershipSignupCustomerGender)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.additional_information_field_assignment import AdditionalInformationFieldAssignment  # noqa: PLC0415
    from ..models.communication_preference import CommunicationPreference  # noqa: PLC0415
    from ..models.document_identification import DocumentIdentification  # noqa: PLC0415
    from ..models.language import Language  # noqa: PLC0415

    globals().update(
        {
            "AdditionalInformationFieldAssignment": AdditionalInformationFieldAssignment,
            "CommunicationPreference": CommunicationPreference,
            "DocumentIdentification": DocumentIdentification,
            "Language": Language,
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


def _parse_date_of_birth(d: dict[str, Any]) -> datetime.date:
    _source = d["dateOfBirth"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    date_of_birth = datetime.date.fromisoformat(_source)

    return date_of_birth


def _parse_email(d: dict[str, Any]) -> str:
    _source: str = d["email"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_street(d: dict[str, Any]) -> str:
    _source: str = d["street"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_language(d: dict[str, Any]) -> Language:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["language"]
    language = Language.from_dict(_source)

    return language


def _parse_city(d: dict[str, Any]) -> str:
    _source: str = d["city"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_zip_code(d: dict[str, Any]) -> str:
    _source: str = d["zipCode"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_country_code(d: dict[str, Any]) -> str:
    _source: str = d["countryCode"]
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


def _parse_second_first_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("secondFirstName", UNSET)
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


def _parse_place_of_birth(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("placeOfBirth", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_country_of_birth(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("countryOfBirth", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_gender(d: dict[str, Any]) -> MembershipSignupCustomerGender | Unset:
    _source = d.get("gender", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _MembershipSignupCustomerGender_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return MembershipSignupCustomerGender(_source)


def _parse_phone_number_private(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phoneNumberPrivate", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_phone_number_mobile(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phoneNumberMobile", UNSET)
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


def _parse_house_number(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("houseNumber", UNSET)
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


def _parse_tax_id(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("taxId", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_communication_preferences(d: dict[str, Any]) -> list[CommunicationPreference] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("communicationPreferences", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _communication_preferences = _source
    communication_preferences: list[CommunicationPreference] | Unset = UNSET
    if _communication_preferences is not UNSET:
        communication_preferences = []
        for communication_preferences_item_data in _communication_preferences:
            communication_preferences_item = CommunicationPreference.from_dict(communication_preferences_item_data)

            communication_preferences.append(communication_preferences_item)

    return communication_preferences


def _parse_document_identification(d: dict[str, Any]) -> DocumentIdentification | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("documentIdentification", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _document_identification = _source
    document_identification: DocumentIdentification | Unset
    if isinstance(_document_identification, Unset):
        document_identification = UNSET
    else:
        document_identification = DocumentIdentification.from_dict(_document_identification)

    return document_identification


def _parse_payment_request_token(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("paymentRequestToken", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


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


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipSignupCustomer,
    (
        ("first_name", "firstName", _parse_first_name, str),
        ("last_name", "lastName", _parse_last_name, str),
        ("date_of_birth", "dateOfBirth", _parse_date_of_birth, None),
        ("email", "email", _parse_email, str),
        ("street", "street", _parse_street, str),
        ("language", "language", _parse_language, None),
        ("city", "city", _parse_city, str),
        ("zip_code", "zipCode", _parse_zip_code, str),
        ("country_code", "countryCode", _parse_country_code, str),
        ("third_party_id", "thirdPartyId", _parse_third_party_id, str),
        ("second_first_name", "secondFirstName", _parse_second_first_name, str),
        ("second_last_name", "secondLastName", _parse_second_last_name, str),
        ("place_of_birth", "placeOfBirth", _parse_place_of_birth, str),
        ("country_of_birth", "countryOfBirth", _parse_country_of_birth, str),
        ("gender", "gender", _parse_gender, None),
        ("phone_number_private", "phoneNumberPrivate", _parse_phone_number_private, str),
        ("phone_number_mobile", "phoneNumberMobile", _parse_phone_number_mobile, str),
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
        ("house_number", "houseNumber", _parse_house_number, str),
        ("building_name", "buildingName", _parse_building_name, str),
        ("tax_id", "taxId", _parse_tax_id, str),
        ("communication_preferences", "communicationPreferences", _parse_communication_preferences, None),
        ("document_identification", "documentIdentification", _parse_document_identification, None),
        ("payment_request_token", "paymentRequestToken", _parse_payment_request_token, str),
        (
            "additional_information_field_assignments",
            "additionalInformationFieldAssignments",
            _parse_additional_information_field_assignments,
            None,
        ),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

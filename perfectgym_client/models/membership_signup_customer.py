from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_signup_customer_gender import MembershipSignupCustomerGender
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_information_field_assignment import AdditionalInformationFieldAssignment
    from ..models.communication_preference import CommunicationPreference
    from ..models.document_identification import DocumentIdentification
    from ..models.language import Language


T = TypeVar("T", bound="MembershipSignupCustomer")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
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


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_information_field_assignment import AdditionalInformationFieldAssignment  # noqa: PLC0415
        from ..models.communication_preference import CommunicationPreference  # noqa: PLC0415
        from ..models.document_identification import DocumentIdentification  # noqa: PLC0415
        from ..models.language import Language  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        date_of_birth = datetime.date.fromisoformat(d.pop("dateOfBirth"))

        email = d.pop("email")

        street = d.pop("street")

        language = Language.from_dict(d.pop("language"))

        city = d.pop("city")

        zip_code = d.pop("zipCode")

        country_code = d.pop("countryCode")

        third_party_id = d.pop("thirdPartyId", UNSET)

        second_first_name = d.pop("secondFirstName", UNSET)

        second_last_name = d.pop("secondLastName", UNSET)

        place_of_birth = d.pop("placeOfBirth", UNSET)

        country_of_birth = d.pop("countryOfBirth", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: MembershipSignupCustomerGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = MembershipSignupCustomerGender(_gender)

        phone_number_private = d.pop("phoneNumberPrivate", UNSET)

        phone_number_mobile = d.pop("phoneNumberMobile", UNSET)

        second_street = d.pop("secondStreet", UNSET)

        city_part = d.pop("cityPart", UNSET)

        district = d.pop("district", UNSET)

        street_type = d.pop("streetType", UNSET)

        street_block = d.pop("streetBlock", UNSET)

        portal = d.pop("portal", UNSET)

        stairway = d.pop("stairway", UNSET)

        door = d.pop("door", UNSET)

        province = d.pop("province", UNSET)

        additional_address_information = d.pop("additionalAddressInformation", UNSET)

        floor = d.pop("floor", UNSET)

        house_number = d.pop("houseNumber", UNSET)

        building_name = d.pop("buildingName", UNSET)

        tax_id = d.pop("taxId", UNSET)

        _communication_preferences = d.pop("communicationPreferences", UNSET)
        communication_preferences: list[CommunicationPreference] | Unset = UNSET
        if _communication_preferences is not UNSET:
            communication_preferences = []
            for communication_preferences_item_data in _communication_preferences:
                communication_preferences_item = CommunicationPreference.from_dict(communication_preferences_item_data)

                communication_preferences.append(communication_preferences_item)

        _document_identification = d.pop("documentIdentification", UNSET)
        document_identification: DocumentIdentification | Unset
        if isinstance(_document_identification, Unset):
            document_identification = UNSET
        else:
            document_identification = DocumentIdentification.from_dict(_document_identification)

        payment_request_token = d.pop("paymentRequestToken", UNSET)

        _additional_information_field_assignments = d.pop("additionalInformationFieldAssignments", UNSET)
        additional_information_field_assignments: list[AdditionalInformationFieldAssignment] | Unset = UNSET
        if _additional_information_field_assignments is not UNSET:
            additional_information_field_assignments = []
            for additional_information_field_assignments_item_data in _additional_information_field_assignments:
                additional_information_field_assignments_item = AdditionalInformationFieldAssignment.from_dict(
                    additional_information_field_assignments_item_data
                )

                additional_information_field_assignments.append(additional_information_field_assignments_item)

        _obj = cls(
            first_name=first_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            email=email,
            street=street,
            language=language,
            city=city,
            zip_code=zip_code,
            country_code=country_code,
            third_party_id=third_party_id,
            second_first_name=second_first_name,
            second_last_name=second_last_name,
            place_of_birth=place_of_birth,
            country_of_birth=country_of_birth,
            gender=gender,
            phone_number_private=phone_number_private,
            phone_number_mobile=phone_number_mobile,
            second_street=second_street,
            city_part=city_part,
            district=district,
            street_type=street_type,
            street_block=street_block,
            portal=portal,
            stairway=stairway,
            door=door,
            province=province,
            additional_address_information=additional_address_information,
            floor=floor,
            house_number=house_number,
            building_name=building_name,
            tax_id=tax_id,
            communication_preferences=communication_preferences,
            document_identification=document_identification,
            payment_request_token=payment_request_token,
            additional_information_field_assignments=additional_information_field_assignments,
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

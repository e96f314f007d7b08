from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_customer_data_gender import LeadCustomerDataGender
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.language import Language


T = TypeVar("T", bound="LeadCustomerData")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "thirdPartyId",
        "secondFirstname",
        "secondLastname",
        "gender",
        "dateOfBirth",
        "telephone",
        "language",
    }
)


@_attrs_define
class LeadCustomerData:
    """Lead customer information

    Attributes:
        firstname (str): First name of the lead customer Example: Max.
        lastname (str): Last name of the lead customer Example: Mustermann.
        email (str): Email of the lead customer Example: example@email.com.
        third_party_id (str | Unset): Unique ID of the third party customer in the third party system Example: A1000.
        second_firstname (str | Unset): Second first name of the lead customer Example: Peter.
        second_lastname (str | Unset): Second last name of the lead customer Example: Meier.
        gender (LeadCustomerDataGender | Unset): Gender of the customer
        date_of_birth (datetime.date | Unset): Date of birth of the lead customer Example: 2000-10-10.
        telephone (str | Unset): Telephone number of the lead customer Example: 5006001112.
        language (Language | Unset): Basic language information
    """

    firstname: str
    lastname: str
    email: str
    third_party_id: str | Unset = UNSET
    second_firstname: str | Unset = UNSET
    second_lastname: str | Unset = UNSET
    gender: LeadCustomerDataGender | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    telephone: str | Unset = UNSET
    language: Language | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        firstname = self.firstname

        lastname = self.lastname

        email = self.email

        third_party_id = self.third_party_id

        second_firstname = self.second_firstname

        second_lastname = self.second_lastname

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        telephone = self.telephone

        language: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstname": firstname,
                "lastname": lastname,
                "email": email,
            }
        )
        if third_party_id is not UNSET:
            field_dict["thirdPartyId"] = third_party_id
        if second_firstname is not UNSET:
            field_dict["secondFirstname"] = second_firstname
        if second_lastname is not UNSET:
            field_dict["secondLastname"] = second_lastname
        if gender is not UNSET:
            field_dict["gender"] = gender
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.language import Language  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        email = d.pop("email")

        third_party_id = d.pop("thirdPartyId", UNSET)

        second_firstname = d.pop("secondFirstname", UNSET)

        second_lastname = d.pop("secondLastname", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: LeadCustomerDataGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = LeadCustomerDataGender(_gender)

        _date_of_birth = d.pop("dateOfBirth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        telephone = d.pop("telephone", UNSET)

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = Language.from_dict(_language)

        _obj = cls(
            firstname=firstname,
            lastname=lastname,
            email=email,
            third_party_id=third_party_id,
            second_firstname=second_firstname,
            second_lastname=second_lastname,
            gender=gender,
            date_of_birth=date_of_birth,
            telephone=telephone,
            language=language,
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

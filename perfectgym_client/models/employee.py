from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_business_role import EmployeeBusinessRole
from ..models.employee_gender import EmployeeGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="Employee")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "employeeImageUrl",
        "dateOfBirth",
        "employeeNumber",
        "publicName",
        "businessRole",
        "externalRole",
        "phone1",
        "phone2",
        "email",
        "street",
        "houseNumber",
        "zipCode",
        "city",
        "country",
        "employeeCompetences",
    }
)


@_attrs_define
class Employee:
    """
    Attributes:
        id (int): Unique ID of the employee Example: 1001.
        first_name (str): The first name of the employee Example: Peter.
        last_name (str): The last name of the employee Example: Parker.
        gender (EmployeeGender): Gender of the customer
        employee_initials (str): The initials of the employee Example: P.P..
        employee_image_url (str | Unset): The URL of the employee image Example: https://example.com/image.jpg.
        date_of_birth (datetime.date | Unset): The date of birth of the employee Example: 1990-01-01.
        employee_number (str | Unset): The employee number Example: 123456a.
        public_name (str | Unset): The public name of the employee Example: Peter Parker.
        business_role (EmployeeBusinessRole | Unset): The business role of an employee
        external_role (str | Unset): The external role of the employee Example: Trainer.
        phone1 (str | Unset): The first phone number of the employee Example: +49123456789.
        phone2 (str | Unset): The second phone number of the employee Example: +49123456789.
        email (str | Unset): The email of the employee Example: example@example.com.
        street (str | Unset): The street of the employee Example: Main Street.
        house_number (str | Unset): The house number of the employee Example: 123a.
        zip_code (str | Unset): The zip code of the employee Example: 123-45.
        city (str | Unset): The city of the employee Example: Berlin.
        country (str | Unset): The country of the employee Example: DE.
        employee_competences (list[str] | Unset): The competences of the employee
    """

    id: int
    first_name: str
    last_name: str
    gender: EmployeeGender
    employee_initials: str
    employee_image_url: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    employee_number: str | Unset = UNSET
    public_name: str | Unset = UNSET
    business_role: EmployeeBusinessRole | Unset = UNSET
    external_role: str | Unset = UNSET
    phone1: str | Unset = UNSET
    phone2: str | Unset = UNSET
    email: str | Unset = UNSET
    street: str | Unset = UNSET
    house_number: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    employee_competences: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        gender = self.gender.value

        employee_initials = self.employee_initials

        employee_image_url = self.employee_image_url

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        employee_number = self.employee_number

        public_name = self.public_name

        business_role: str | Unset = UNSET
        if not isinstance(self.business_role, Unset):
            business_role = self.business_role.value

        external_role = self.external_role

        phone1 = self.phone1

        phone2 = self.phone2

        email = self.email

        street = self.street

        house_number = self.house_number

        zip_code = self.zip_code

        city = self.city

        country = self.country

        employee_competences: list[str] | Unset = UNSET
        if not isinstance(self.employee_competences, Unset):
            employee_competences = self.employee_competences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "firstName": first_name,
                "lastName": last_name,
                "gender": gender,
                "employeeInitials": employee_initials,
            }
        )
        if employee_image_url is not UNSET:
            field_dict["employeeImageUrl"] = employee_image_url
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if employee_number is not UNSET:
            field_dict["employeeNumber"] = employee_number
        if public_name is not UNSET:
            field_dict["publicName"] = public_name
        if business_role is not UNSET:
            field_dict["businessRole"] = business_role
        if external_role is not UNSET:
            field_dict["externalRole"] = external_role
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if email is not UNSET:
            field_dict["email"] = email
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
        if employee_competences is not UNSET:
            field_dict["employeeCompetences"] = employee_competences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        gender = EmployeeGender(d.pop("gender"))

        employee_initials = d.pop("employeeInitials")

        employee_image_url = d.pop("employeeImageUrl", UNSET)

        _date_of_birth = d.pop("dateOfBirth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        employee_number = d.pop("employeeNumber", UNSET)

        public_name = d.pop("publicName", UNSET)

        _business_role = d.pop("businessRole", UNSET)
        business_role: EmployeeBusinessRole | Unset
        if isinstance(_business_role, Unset):
            business_role = UNSET
        else:
            business_role = EmployeeBusinessRole(_business_role)

        external_role = d.pop("externalRole", UNSET)

        phone1 = d.pop("phone1", UNSET)

        phone2 = d.pop("phone2", UNSET)

        email = d.pop("email", UNSET)

        street = d.pop("street", UNSET)

        house_number = d.pop("houseNumber", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        employee_competences = cast(list[str], d.pop("employeeCompetences", UNSET))

        _obj = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            gender=gender,
            employee_initials=employee_initials,
            employee_image_url=employee_image_url,
            date_of_birth=date_of_birth,
            employee_number=employee_number,
            public_name=public_name,
            business_role=business_role,
            external_role=external_role,
            phone1=phone1,
            phone2=phone2,
            email=email,
            street=street,
            house_number=house_number,
            zip_code=zip_code,
            city=city,
            country=country,
            employee_competences=employee_competences,
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

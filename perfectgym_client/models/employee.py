from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.employee_business_role import EmployeeBusinessRole
from ..models.employee_gender import EmployeeGender
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

T = TypeVar("T", bound="Employee")


@_attrs_define(slots=False, repr=False, eq=False)
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

            if isinstance(employee_competences, list):
                employee_competences = list(employee_competences)  # handed out: never the model's own list

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "firstName",
        "lastName",
        "gender",
        "employeeInitials",
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
_EmployeeGender_BY_VALUE = enum_members(EmployeeGender)
_EmployeeBusinessRole_BY_VALUE = enum_members(EmployeeBusinessRole)


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
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


def _parse_gender(d: dict[str, Any]) -> EmployeeGender:
    _source = d["gender"]
    try:
        return _EmployeeGender_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return EmployeeGender(_source)


def _parse_employee_initials(d: dict[str, Any]) -> str:
    _source: str = d["employeeInitials"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_employee_image_url(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("employeeImageUrl", UNSET)
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


def _parse_employee_number(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("employeeNumber", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_public_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("publicName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_business_role(d: dict[str, Any]) -> EmployeeBusinessRole | Unset:
    _source = d.get("businessRole", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _EmployeeBusinessRole_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return EmployeeBusinessRole(_source)


def _parse_external_role(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("externalRole", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_phone1(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phone1", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_phone2(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phone2", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_email(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("email", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


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


def _parse_employee_competences(d: dict[str, Any]) -> list[str] | Unset:
    _source = d.get("employeeCompetences", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    if _source.__class__ is list:
        expect_json_scalars(_source, str)
    employee_competences: list[str] | Unset = _source
    return employee_competences


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    Employee,
    (
        ("id", "id", _parse_id, int),
        ("first_name", "firstName", _parse_first_name, str),
        ("last_name", "lastName", _parse_last_name, str),
        ("gender", "gender", _parse_gender, None),
        ("employee_initials", "employeeInitials", _parse_employee_initials, str),
        ("employee_image_url", "employeeImageUrl", _parse_employee_image_url, str),
        ("date_of_birth", "dateOfBirth", _parse_date_of_birth, None),
        ("employee_number", "employeeNumber", _parse_employee_number, str),
        ("public_name", "publicName", _parse_public_name, str),
        ("business_role", "businessRole", _parse_business_role, None),
        ("external_role", "externalRole", _parse_external_role, str),
        ("phone1", "phone1", _parse_phone1, str),
        ("phone2", "phone2", _parse_phone2, str),
        ("email", "email", _parse_email, str),
        ("street", "street", _parse_street, str),
        ("house_number", "houseNumber", _parse_house_number, str),
        ("zip_code", "zipCode", _parse_zip_code, str),
        ("city", "city", _parse_city, str),
        ("country", "country", _parse_country, str),
        ("employee_competences", "employeeCompetences", _parse_employee_competences, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measurement_gender import MeasurementGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="Measurement")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "firstName",
        "lastName",
        "age",
        "dateOfBirth",
        "gender",
        "height",
    }
)


@_attrs_define
class Measurement:
    """
    Attributes:
        id (int): Unique ID of the customer Example: 1001.
        first_name (str | Unset): First name of the customer Example: Edgar.
        last_name (str | Unset): Surname of the customer Example: Bullock.
        age (int | Unset): Age of the customer Example: 16.
        date_of_birth (datetime.date | Unset): Birthday of the customer Example: 2000-01-01.
        gender (MeasurementGender | Unset): Gender of the customer
        height (float | Unset): Height of the customer Example: 180.2.
    """

    id: int
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    age: int | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    gender: MeasurementGender | Unset = UNSET
    height: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        age = self.age

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if age is not UNSET:
            field_dict["age"] = age
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if gender is not UNSET:
            field_dict["gender"] = gender
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        age = d.pop("age", UNSET)

        _date_of_birth = d.pop("dateOfBirth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        _gender = d.pop("gender", UNSET)
        gender: MeasurementGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = MeasurementGender(_gender)

        height = d.pop("height", UNSET)

        _obj = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            age=age,
            date_of_birth=date_of_birth,
            gender=gender,
            height=height,
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

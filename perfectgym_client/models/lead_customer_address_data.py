from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadCustomerAddressData")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "houseNumber",
    }
)


@_attrs_define
class LeadCustomerAddressData:
    """Lead customer address information

    Attributes:
        street (str): Street of the lead customer Example: Burgring.
        zip_code (str): Zip code of the lead customer Example: 13000.
        city (str): City name of the lead customer Example: Berlin.
        house_number (str | Unset): House number of the lead customer Example: 23A.
    """

    street: str
    zip_code: str
    city: str
    house_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        zip_code = self.zip_code

        city = self.city

        house_number = self.house_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "street": street,
                "zipCode": zip_code,
                "city": city,
            }
        )
        if house_number is not UNSET:
            field_dict["houseNumber"] = house_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        street = d.pop("street")

        zip_code = d.pop("zipCode")

        city = d.pop("city")

        house_number = d.pop("houseNumber", UNSET)

        _obj = cls(
            street=street,
            zip_code=zip_code,
            city=city,
            house_number=house_number,
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

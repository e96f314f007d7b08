from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_master_data_customer_title import CustomerMasterDataCustomerTitle
from ..models.customer_master_data_gender import CustomerMasterDataGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerMasterData")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "countryOfBirth",
    }
)


@_attrs_define
class CustomerMasterData:
    """
    Attributes:
        first_name (str): First name of the customer Example: Edgar.
        last_name (str): Surname of the customer Example: Bullock.
        gender (CustomerMasterDataGender): Gender of the customer
        date_of_birth (datetime.date): Birthday of the customer Example: 1952-05-04.
        customer_title (CustomerMasterDataCustomerTitle): Title of the customer
        country_of_birth (str | Unset): Birth country of the customer Example: DE.
    """

    first_name: str
    last_name: str
    gender: CustomerMasterDataGender
    date_of_birth: datetime.date
    customer_title: CustomerMasterDataCustomerTitle
    country_of_birth: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        gender = self.gender.value

        date_of_birth = self.date_of_birth.isoformat()

        customer_title = self.customer_title.value

        country_of_birth = self.country_of_birth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "gender": gender,
                "dateOfBirth": date_of_birth,
                "customerTitle": customer_title,
            }
        )
        if country_of_birth is not UNSET:
            field_dict["countryOfBirth"] = country_of_birth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        gender = CustomerMasterDataGender(d.pop("gender"))

        date_of_birth = datetime.date.fromisoformat(d.pop("dateOfBirth"))

        customer_title = CustomerMasterDataCustomerTitle(d.pop("customerTitle"))

        country_of_birth = d.pop("countryOfBirth", UNSET)

        _obj = cls(
            first_name=first_name,
            last_name=last_name,
            gender=gender,
            date_of_birth=date_of_birth,
            customer_title=customer_title,
            country_of_birth=country_of_birth,
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

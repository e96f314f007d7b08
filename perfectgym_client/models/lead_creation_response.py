from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LeadCreationResponse")


@_attrs_define
class LeadCreationResponse:
    """
    Attributes:
        id (int): The unique ID of the lead Example: 1246358530.
        customer_id (int): The unique ID of the customer Example: 9876543210.
        uuid (UUID): The unique UUID of the created lead Example: 2340b1cc-3fe7-4f81-8eca-f92181dd2bb4.
        customer_number (str): The customer number of the created lead Example: 1-4139.
    """

    id: int
    customer_id: int
    uuid: UUID
    customer_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        uuid = str(self.uuid)

        customer_number = self.customer_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customerId": customer_id,
                "uuid": uuid,
                "customerNumber": customer_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customerId")

        uuid = UUID(d.pop("uuid"))

        customer_number = d.pop("customerNumber")

        _obj = cls(
            id=id,
            customer_id=customer_id,
            uuid=uuid,
            customer_number=customer_number,
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

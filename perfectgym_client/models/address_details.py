from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_status import AddressStatus


T = TypeVar("T", bound="AddressDetails")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "street",
        "houseNumber",
        "addressStatus",
    }
)


@_attrs_define
class AddressDetails:
    """Describes the address in detail, so every country has its own fields filled

    Attributes:
        street (str | Unset): Street of the client Example: Burgring.
        house_number (str | Unset): House number of the client Example: 23A.
        address_status (AddressStatus | Unset): Describes the status of the address
    """

    street: str | Unset = UNSET
    house_number: str | Unset = UNSET
    address_status: AddressStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        house_number = self.house_number

        address_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_status, Unset):
            address_status = self.address_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street is not UNSET:
            field_dict["street"] = street
        if house_number is not UNSET:
            field_dict["houseNumber"] = house_number
        if address_status is not UNSET:
            field_dict["addressStatus"] = address_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_status import AddressStatus  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        street = d.pop("street", UNSET)

        house_number = d.pop("houseNumber", UNSET)

        _address_status = d.pop("addressStatus", UNSET)
        address_status: AddressStatus | Unset
        if isinstance(_address_status, Unset):
            address_status = UNSET
        else:
            address_status = AddressStatus.from_dict(_address_status)

        _obj = cls(
            street=street,
            house_number=house_number,
            address_status=address_status,
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

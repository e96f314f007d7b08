from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "id",
        "email",
        "phonePrivate",
        "phonePrivateMobile",
        "phoneBusiness",
        "phoneBusinessMobile",
    }
)


@_attrs_define
class OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData:
    """Pending amendment

    Attributes:
        id (int | Unset): Amendment proposal id
        email (str | Unset): Email address of the customer Example: email@example.com.
        phone_private (str | Unset): Private phone number of the customer Example: +49 00000000.
        phone_private_mobile (str | Unset): Private mobile phone number of the customer Example: +49 00000000000.
        phone_business (str | Unset): Business phone number of the customer Example: +49 00000000.
        phone_business_mobile (str | Unset): Business mobile phone number of the customer Example: +49 00000000000.
    """

    id: int | Unset = UNSET
    email: str | Unset = UNSET
    phone_private: str | Unset = UNSET
    phone_private_mobile: str | Unset = UNSET
    phone_business: str | Unset = UNSET
    phone_business_mobile: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        phone_private = self.phone_private

        phone_private_mobile = self.phone_private_mobile

        phone_business = self.phone_business

        phone_business_mobile = self.phone_business_mobile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if phone_private is not UNSET:
            field_dict["phonePrivate"] = phone_private
        if phone_private_mobile is not UNSET:
            field_dict["phonePrivateMobile"] = phone_private_mobile
        if phone_business is not UNSET:
            field_dict["phoneBusiness"] = phone_business
        if phone_business_mobile is not UNSET:
            field_dict["phoneBusinessMobile"] = phone_business_mobile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id", UNSET)

        email = d.pop("email", UNSET)

        phone_private = d.pop("phonePrivate", UNSET)

        phone_private_mobile = d.pop("phonePrivateMobile", UNSET)

        phone_business = d.pop("phoneBusiness", UNSET)

        phone_business_mobile = d.pop("phoneBusinessMobile", UNSET)

        _obj = cls(
            id=id,
            email=email,
            phone_private=phone_private,
            phone_private_mobile=phone_private_mobile,
            phone_business=phone_business,
            phone_business_mobile=phone_business_mobile,
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

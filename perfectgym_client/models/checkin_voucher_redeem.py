from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckinVoucherRedeem")


@_attrs_define
class CheckinVoucherRedeem:
    """
    Attributes:
        voucher_code (str): Voucher code to redeem Example: CHVB1-YL29-MYVA.
        firstname (str): First name of the lead customer Example: Max.
        lastname (str): Last name of the lead customer Example: Mustermann.
        email (str): Email of the lead customer Example: example@email.com.
        online_offer_id (int): Unique ID of the online offer
    """

    voucher_code: str
    firstname: str
    lastname: str
    email: str
    online_offer_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voucher_code = self.voucher_code

        firstname = self.firstname

        lastname = self.lastname

        email = self.email

        online_offer_id = self.online_offer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voucherCode": voucher_code,
                "firstname": firstname,
                "lastname": lastname,
                "email": email,
                "onlineOfferId": online_offer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voucher_code = d.pop("voucherCode")

        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        email = d.pop("email")

        online_offer_id = d.pop("onlineOfferId")

        _obj = cls(
            voucher_code=voucher_code,
            firstname=firstname,
            lastname=lastname,
            email=email,
            online_offer_id=online_offer_id,
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OnlineOfferPurchaseRequest")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "validFrom",
        "paymentRequestToken",
    }
)


@_attrs_define
class OnlineOfferPurchaseRequest:
    """
    Attributes:
        online_offer_id (int): Unique ID of the online offer to purchase Example: 1234567890.
        customer_id (int): Unique ID of the purchasing customer Example: 1234567890.
        valid_from (datetime.date | Unset): First day the purchased offer is valid Example: 2026-01-15.
        payment_request_token (str | Unset): Token of a payment user session; needed for paid offers
    """

    online_offer_id: int
    customer_id: int
    valid_from: datetime.date | Unset = UNSET
    payment_request_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        online_offer_id = self.online_offer_id

        customer_id = self.customer_id

        valid_from: str | Unset = UNSET
        if not isinstance(self.valid_from, Unset):
            valid_from = self.valid_from.isoformat()

        payment_request_token = self.payment_request_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "onlineOfferId": online_offer_id,
                "customerId": customer_id,
            }
        )
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if payment_request_token is not UNSET:
            field_dict["paymentRequestToken"] = payment_request_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        online_offer_id = d.pop("onlineOfferId")

        customer_id = d.pop("customerId")

        _valid_from = d.pop("validFrom", UNSET)
        valid_from: datetime.date | Unset
        if isinstance(_valid_from, Unset):
            valid_from = UNSET
        else:
            valid_from = datetime.date.fromisoformat(_valid_from)

        payment_request_token = d.pop("paymentRequestToken", UNSET)

        _obj = cls(
            online_offer_id=online_offer_id,
            customer_id=customer_id,
            valid_from=valid_from,
            payment_request_token=payment_request_token,
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

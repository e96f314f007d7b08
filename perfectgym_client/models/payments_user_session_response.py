from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentsUserSessionResponse")


@_attrs_define
class PaymentsUserSessionResponse:
    """
    Attributes:
        token (str): The token for the user session Example: CllClFmVlSCs3oe0ND0JloLWlNzdb3QseU4507gf1mSVAHqRTwzKWU.
        token_valid_until (datetime.datetime): The date and time until the token is valid Example:
            2025-01-07T16:25:09.416924Z.
        finion_pay_customer_id (UUID): Identifies a customer in Finion Pay, i.e. to retreive existing payment
            instruments Example: 753ea8ec-c2ec-4761-824b-bc46eda3f644.
    """

    token: str
    token_valid_until: datetime.datetime
    finion_pay_customer_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_valid_until = self.token_valid_until.isoformat()

        finion_pay_customer_id = str(self.finion_pay_customer_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "tokenValidUntil": token_valid_until,
                "finionPayCustomerId": finion_pay_customer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        token_valid_until = datetime.datetime.fromisoformat(d.pop("tokenValidUntil"))

        finion_pay_customer_id = UUID(d.pop("finionPayCustomerId"))

        _obj = cls(
            token=token,
            token_valid_until=token_valid_until,
            finion_pay_customer_id=finion_pay_customer_id,
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

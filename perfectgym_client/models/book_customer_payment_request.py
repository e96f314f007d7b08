from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="BookCustomerPaymentRequest")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "debtClaimIds",
    }
)


@_attrs_define
class BookCustomerPaymentRequest:
    """
    Attributes:
        payment_request_token (str):
        amount (Money): Base price of the contract
        debt_claim_ids (list[int] | Unset): List of debt claim IDs that will be settled as part of this payment
    """

    payment_request_token: str
    amount: Money
    debt_claim_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_request_token = self.payment_request_token

        amount = self.amount.to_dict()

        debt_claim_ids: list[int] | Unset = UNSET
        if not isinstance(self.debt_claim_ids, Unset):
            debt_claim_ids = self.debt_claim_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentRequestToken": payment_request_token,
                "amount": amount,
            }
        )
        if debt_claim_ids is not UNSET:
            field_dict["debtClaimIds"] = debt_claim_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        payment_request_token = d.pop("paymentRequestToken")

        amount = Money.from_dict(d.pop("amount"))

        debt_claim_ids = cast(list[int], d.pop("debtClaimIds", UNSET))

        _obj = cls(
            payment_request_token=payment_request_token,
            amount=amount,
            debt_claim_ids=debt_claim_ids,
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

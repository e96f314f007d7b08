from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contract_payment_frequency import ContractPaymentFrequency
    from ..models.money import Money


T = TypeVar("T", bound="PriceDetails")


@_attrs_define
class PriceDetails:
    """Price details of the contract

    Attributes:
        base_price (Money): Base price of the contract
        current_price (Money): Base price of the contract
        payment_frequency (ContractPaymentFrequency): Payment frequency of the contract
    """

    base_price: Money
    current_price: Money
    payment_frequency: ContractPaymentFrequency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_price = self.base_price.to_dict()

        current_price = self.current_price.to_dict()

        payment_frequency = self.payment_frequency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basePrice": base_price,
                "currentPrice": current_price,
                "paymentFrequency": payment_frequency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_payment_frequency import ContractPaymentFrequency  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        base_price = Money.from_dict(d.pop("basePrice"))

        current_price = Money.from_dict(d.pop("currentPrice"))

        payment_frequency = ContractPaymentFrequency.from_dict(d.pop("paymentFrequency"))

        _obj = cls(
            base_price=base_price,
            current_price=current_price,
            payment_frequency=payment_frequency,
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

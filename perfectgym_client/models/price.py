from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.calculated_tax import CalculatedTax


T = TypeVar("T", bound="Price")


@_attrs_define
class Price:
    """Amount of the charge

    Attributes:
        amount (float): Amount
        currency (str): Currency code Example: EUR.
        price_components (list[CalculatedTax]): Tax breakdown
    """

    amount: float
    currency: str
    price_components: list[CalculatedTax]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        price_components = []
        for price_components_item_data in self.price_components:
            price_components_item = price_components_item_data.to_dict()
            price_components.append(price_components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "priceComponents": price_components,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calculated_tax import CalculatedTax  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        currency = d.pop("currency")

        price_components = []
        _price_components = d.pop("priceComponents")
        for price_components_item_data in _price_components:
            price_components_item = CalculatedTax.from_dict(price_components_item_data)

            price_components.append(price_components_item)

        _obj = cls(
            amount=amount,
            currency=currency,
            price_components=price_components,
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

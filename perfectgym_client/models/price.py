from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.calculated_tax import CalculatedTax


T = TypeVar("T", bound="Price")


@_attrs_define(slots=False, repr=False, eq=False)
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
        """Build from API JSON. Fields are parsed when first read; a missing required one fails then."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _obj.__dict__["_lazy_source"] = d
        return _obj

    if not TYPE_CHECKING:  # ours: invisible to type checkers, so misspelt attributes stay errors

        def __getattr__(self, name: str) -> Any:
            try:
                source = self.__dict__["_lazy_source"]
                wire_name, parse = _LAZY_FIELDS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = parse_lazy_field(type(self).__name__, name, wire_name, parse, source)
            self.__dict__[name] = value
            return value

    def __repr__(self) -> str:
        return lazy_model_repr(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return lazy_model_eq(self, other)

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


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "amount",
        "currency",
        "priceComponents",
    }
)


def _parse_amount(d: dict[str, Any]) -> float:
    _source = d["amount"]
    expect_json_scalar(_source, float)
    amount: float = _source
    return amount


def _parse_currency(d: dict[str, Any]) -> str:
    _source = d["currency"]
    expect_json_scalar(_source, str)
    currency: str = _source
    return currency


def _parse_price_components(d: dict[str, Any]) -> list[CalculatedTax]:
    from ..models.calculated_tax import CalculatedTax  # noqa: PLC0415

    _source = d["priceComponents"]
    expect_json_array(_source)
    price_components = []
    _price_components = _source
    for price_components_item_data in _price_components:
        price_components_item = CalculatedTax.from_dict(price_components_item_data)

        price_components.append(price_components_item)

    return price_components


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "amount": ("amount", _parse_amount),
    "currency": ("currency", _parse_currency),
    "price_components": ("priceComponents", _parse_price_components),
    "additional_properties": ("*", _parse_additional_properties),
}

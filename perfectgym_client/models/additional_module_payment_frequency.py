from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_module_payment_frequency_type import AdditionalModulePaymentFrequencyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_module_month_day_to_price import AdditionalModuleMonthDayToPrice
    from ..models.additional_module_term_to_price import AdditionalModuleTermToPrice
    from ..models.money import Money
    from ..models.term import Term


T = TypeVar("T", bound="AdditionalModulePaymentFrequency")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "id",
        "term",
        "price",
        "monthDaysToPrices",
        "termsToPrices",
    }
)


@_attrs_define
class AdditionalModulePaymentFrequency:
    """
    Attributes:
        type_ (AdditionalModulePaymentFrequencyType): Payment frequency type of an additional module
        id (int | Unset): Unique ID of the payment frequency of an additional module Example: 203.
        term (Term | Unset): Represents a term
        price (Money | Unset): Base price of the contract
        month_days_to_prices (list[AdditionalModuleMonthDayToPrice] | Unset): Prices per day of the year (MONTH_DAY)
        terms_to_prices (list[AdditionalModuleTermToPrice] | Unset): Prices per term (TERM_BASED); each price applies
            after its term has passed
    """

    type_: AdditionalModulePaymentFrequencyType
    id: int | Unset = UNSET
    term: Term | Unset = UNSET
    price: Money | Unset = UNSET
    month_days_to_prices: list[AdditionalModuleMonthDayToPrice] | Unset = UNSET
    terms_to_prices: list[AdditionalModuleTermToPrice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term, Unset):
            term = self.term.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        month_days_to_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.month_days_to_prices, Unset):
            month_days_to_prices = []
            for month_days_to_prices_item_data in self.month_days_to_prices:
                month_days_to_prices_item = month_days_to_prices_item_data.to_dict()
                month_days_to_prices.append(month_days_to_prices_item)

        terms_to_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.terms_to_prices, Unset):
            terms_to_prices = []
            for terms_to_prices_item_data in self.terms_to_prices:
                terms_to_prices_item = terms_to_prices_item_data.to_dict()
                terms_to_prices.append(terms_to_prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if term is not UNSET:
            field_dict["term"] = term
        if price is not UNSET:
            field_dict["price"] = price
        if month_days_to_prices is not UNSET:
            field_dict["monthDaysToPrices"] = month_days_to_prices
        if terms_to_prices is not UNSET:
            field_dict["termsToPrices"] = terms_to_prices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_module_month_day_to_price import AdditionalModuleMonthDayToPrice  # noqa: PLC0415
        from ..models.additional_module_term_to_price import AdditionalModuleTermToPrice  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        type_ = AdditionalModulePaymentFrequencyType(d.pop("type"))

        id = d.pop("id", UNSET)

        _term = d.pop("term", UNSET)
        term: Term | Unset
        if isinstance(_term, Unset):
            term = UNSET
        else:
            term = Term.from_dict(_term)

        _price = d.pop("price", UNSET)
        price: Money | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Money.from_dict(_price)

        _month_days_to_prices = d.pop("monthDaysToPrices", UNSET)
        month_days_to_prices: list[AdditionalModuleMonthDayToPrice] | Unset = UNSET
        if _month_days_to_prices is not UNSET:
            month_days_to_prices = []
            for month_days_to_prices_item_data in _month_days_to_prices:
                month_days_to_prices_item = AdditionalModuleMonthDayToPrice.from_dict(month_days_to_prices_item_data)

                month_days_to_prices.append(month_days_to_prices_item)

        _terms_to_prices = d.pop("termsToPrices", UNSET)
        terms_to_prices: list[AdditionalModuleTermToPrice] | Unset = UNSET
        if _terms_to_prices is not UNSET:
            terms_to_prices = []
            for terms_to_prices_item_data in _terms_to_prices:
                terms_to_prices_item = AdditionalModuleTermToPrice.from_dict(terms_to_prices_item_data)

                terms_to_prices.append(terms_to_prices_item)

        _obj = cls(
            type_=type_,
            id=id,
            term=term,
            price=price,
            month_days_to_prices=month_days_to_prices,
            terms_to_prices=terms_to_prices,
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

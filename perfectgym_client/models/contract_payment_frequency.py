from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_payment_frequency_type import ContractPaymentFrequencyType
from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.contract_month_day_to_price import ContractMonthDayToPrice
    from ..models.contract_term_to_price import ContractTermToPrice
    from ..models.money import Money
    from ..models.term import Term


T = TypeVar("T", bound="ContractPaymentFrequency")


@_attrs_define(slots=False, repr=False, eq=False)
class ContractPaymentFrequency:
    """Payment frequency of the contract

    Attributes:
        type_ (ContractPaymentFrequencyType): Payment frequency type of a contract
        id (int | Unset): Unique ID of the payment frequency of a contract Example: 203.
        term (Term | Unset): Represents a term
        price (Money | Unset): Base price of the contract
        month_days_to_prices (list[ContractMonthDayToPrice] | Unset): Prices per day of the year (MONTH_DAY)
        terms_to_prices (list[ContractTermToPrice] | Unset): Prices per term (TERM_BASED); each price applies after its
            term has passed
    """

    type_: ContractPaymentFrequencyType
    id: int | Unset = UNSET
    term: Term | Unset = UNSET
    price: Money | Unset = UNSET
    month_days_to_prices: list[ContractMonthDayToPrice] | Unset = UNSET
    terms_to_prices: list[ContractTermToPrice] | Unset = UNSET
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
        "type",
        "id",
        "term",
        "price",
        "monthDaysToPrices",
        "termsToPrices",
    }
)


def _parse_type_(d: dict[str, Any]) -> ContractPaymentFrequencyType:
    _source = d["type"]
    type_ = ContractPaymentFrequencyType(_source)

    return type_


def _parse_id(d: dict[str, Any]) -> int | Unset:
    _source = d.get("id", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    id: int | Unset = _source
    return id


def _parse_term(d: dict[str, Any]) -> Term | Unset:
    from ..models.term import Term  # noqa: PLC0415

    _source = d.get("term", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _term = _source
    term: Term | Unset
    if isinstance(_term, Unset):
        term = UNSET
    else:
        term = Term.from_dict(_term)

    return term


def _parse_price(d: dict[str, Any]) -> Money | Unset:
    from ..models.money import Money  # noqa: PLC0415

    _source = d.get("price", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _price = _source
    price: Money | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = Money.from_dict(_price)

    return price


def _parse_month_days_to_prices(d: dict[str, Any]) -> list[ContractMonthDayToPrice] | Unset:
    from ..models.contract_month_day_to_price import ContractMonthDayToPrice  # noqa: PLC0415

    _source = d.get("monthDaysToPrices", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_array(_source)
    _month_days_to_prices = _source
    month_days_to_prices: list[ContractMonthDayToPrice] | Unset = UNSET
    if _month_days_to_prices is not UNSET:
        month_days_to_prices = []
        for month_days_to_prices_item_data in _month_days_to_prices:
            month_days_to_prices_item = ContractMonthDayToPrice.from_dict(month_days_to_prices_item_data)

            month_days_to_prices.append(month_days_to_prices_item)

    return month_days_to_prices


def _parse_terms_to_prices(d: dict[str, Any]) -> list[ContractTermToPrice] | Unset:
    from ..models.contract_term_to_price import ContractTermToPrice  # noqa: PLC0415

    _source = d.get("termsToPrices", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_array(_source)
    _terms_to_prices = _source
    terms_to_prices: list[ContractTermToPrice] | Unset = UNSET
    if _terms_to_prices is not UNSET:
        terms_to_prices = []
        for terms_to_prices_item_data in _terms_to_prices:
            terms_to_prices_item = ContractTermToPrice.from_dict(terms_to_prices_item_data)

            terms_to_prices.append(terms_to_prices_item)

    return terms_to_prices


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "type_": ("type", _parse_type_),
    "id": ("id", _parse_id),
    "term": ("term", _parse_term),
    "price": ("price", _parse_price),
    "month_days_to_prices": ("monthDaysToPrices", _parse_month_days_to_prices),
    "terms_to_prices": ("termsToPrices", _parse_terms_to_prices),
    "additional_properties": ("*", _parse_additional_properties),
}

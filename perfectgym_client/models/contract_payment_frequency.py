from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.contract_payment_frequency_type import ContractPaymentFrequencyType
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_array,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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

        except MalformedFieldError:
            if "_raw" not in self.__dict__:
                raise
            return dict_as_received(self)

    def to_json(self, *, exclude_unset: bool = True) -> str:
        """``to_dict()`` as compact JSON text."""
        return model_json(self.to_dict(exclude_unset=exclude_unset))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON, keeping the dict (not a copy). Fields are parsed when first read."""
        _obj = cls.__new__(cls)
        _obj.__dict__["_raw"] = src_dict if src_dict.__class__ is dict else json_object(src_dict)
        return _obj

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
_ContractPaymentFrequencyType_BY_VALUE = enum_members(ContractPaymentFrequencyType)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.contract_month_day_to_price import ContractMonthDayToPrice  # noqa: PLC0415
    from ..models.contract_term_to_price import ContractTermToPrice  # noqa: PLC0415
    from ..models.money import Money  # noqa: PLC0415
    from ..models.term import Term  # noqa: PLC0415

    globals().update(
        {
            "ContractMonthDayToPrice": ContractMonthDayToPrice,
            "ContractTermToPrice": ContractTermToPrice,
            "Money": Money,
            "Term": Term,
        }
    )
    _nested_resolved = True


def _parse_type_(d: dict[str, Any]) -> ContractPaymentFrequencyType:
    _source = d["type"]
    try:
        return _ContractPaymentFrequencyType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return ContractPaymentFrequencyType(_source)


def _parse_id(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("id", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_term(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    if not _nested_resolved:
        _resolve_nested()
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
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("monthDaysToPrices", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
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
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("termsToPrices", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
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
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    ContractPaymentFrequency,
    (
        ("type_", "type", _parse_type_, None),
        ("id", "id", _parse_id, int),
        ("term", "term", _parse_term, None),
        ("price", "price", _parse_price, None),
        ("month_days_to_prices", "monthDaysToPrices", _parse_month_days_to_prices, None),
        ("terms_to_prices", "termsToPrices", _parse_terms_to_prices, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

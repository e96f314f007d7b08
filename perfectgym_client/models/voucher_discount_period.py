from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_discount_period_discount_type import VoucherDiscountPeriodDiscountType
from ..models.voucher_discount_period_effective_period import VoucherDiscountPeriodEffectivePeriod
from ..types import (
    UNSET,
    Unset,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.term import Term


T = TypeVar("T", bound="VoucherDiscountPeriod")


@_attrs_define(slots=False, repr=False, eq=False)
class VoucherDiscountPeriod:
    """
    Attributes:
        discount_type (VoucherDiscountPeriodDiscountType): Type of discount (percentage or absolute)
        discount_value (Money): Base price of the contract
        effective_period (VoucherDiscountPeriodEffectivePeriod): The type of period for which this discount is applied
        effective_period_time_based_term (Term | Unset): Represents a term
        discounted_base_price (Money | Unset): Base price of the contract
        company_amount (Money | Unset): Base price of the contract
        member_amount (Money | Unset): Base price of the contract
    """

    discount_type: VoucherDiscountPeriodDiscountType
    discount_value: Money
    effective_period: VoucherDiscountPeriodEffectivePeriod
    effective_period_time_based_term: Term | Unset = UNSET
    discounted_base_price: Money | Unset = UNSET
    company_amount: Money | Unset = UNSET
    member_amount: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_type = self.discount_type.value

        discount_value = self.discount_value.to_dict()

        effective_period = self.effective_period.value

        effective_period_time_based_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effective_period_time_based_term, Unset):
            effective_period_time_based_term = self.effective_period_time_based_term.to_dict()

        discounted_base_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discounted_base_price, Unset):
            discounted_base_price = self.discounted_base_price.to_dict()

        company_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_amount, Unset):
            company_amount = self.company_amount.to_dict()

        member_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.member_amount, Unset):
            member_amount = self.member_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discountType": discount_type,
                "discountValue": discount_value,
                "effectivePeriod": effective_period,
            }
        )
        if effective_period_time_based_term is not UNSET:
            field_dict["effectivePeriodTimeBasedTerm"] = effective_period_time_based_term
        if discounted_base_price is not UNSET:
            field_dict["discountedBasePrice"] = discounted_base_price
        if company_amount is not UNSET:
            field_dict["companyAmount"] = company_amount
        if member_amount is not UNSET:
            field_dict["memberAmount"] = member_amount

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
        "discountType",
        "discountValue",
        "effectivePeriod",
        "effectivePeriodTimeBasedTerm",
        "discountedBasePrice",
        "companyAmount",
        "memberAmount",
    }
)


def _parse_discount_type(d: dict[str, Any]) -> VoucherDiscountPeriodDiscountType:
    _source = d["discountType"]
    discount_type = VoucherDiscountPeriodDiscountType(_source)

    return discount_type


def _parse_discount_value(d: dict[str, Any]) -> Money:
    from ..models.money import Money  # noqa: PLC0415

    _source = d["discountValue"]
    discount_value = Money.from_dict(_source)

    return discount_value


def _parse_effective_period(d: dict[str, Any]) -> VoucherDiscountPeriodEffectivePeriod:
    _source = d["effectivePeriod"]
    effective_period = VoucherDiscountPeriodEffectivePeriod(_source)

    return effective_period


def _parse_effective_period_time_based_term(d: dict[str, Any]) -> Term | Unset:
    from ..models.term import Term  # noqa: PLC0415

    _source = d.get("effectivePeriodTimeBasedTerm", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _effective_period_time_based_term = _source
    effective_period_time_based_term: Term | Unset
    if isinstance(_effective_period_time_based_term, Unset):
        effective_period_time_based_term = UNSET
    else:
        effective_period_time_based_term = Term.from_dict(_effective_period_time_based_term)

    return effective_period_time_based_term


def _parse_discounted_base_price(d: dict[str, Any]) -> Money | Unset:
    from ..models.money import Money  # noqa: PLC0415

    _source = d.get("discountedBasePrice", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _discounted_base_price = _source
    discounted_base_price: Money | Unset
    if isinstance(_discounted_base_price, Unset):
        discounted_base_price = UNSET
    else:
        discounted_base_price = Money.from_dict(_discounted_base_price)

    return discounted_base_price


def _parse_company_amount(d: dict[str, Any]) -> Money | Unset:
    from ..models.money import Money  # noqa: PLC0415

    _source = d.get("companyAmount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _company_amount = _source
    company_amount: Money | Unset
    if isinstance(_company_amount, Unset):
        company_amount = UNSET
    else:
        company_amount = Money.from_dict(_company_amount)

    return company_amount


def _parse_member_amount(d: dict[str, Any]) -> Money | Unset:
    from ..models.money import Money  # noqa: PLC0415

    _source = d.get("memberAmount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _member_amount = _source
    member_amount: Money | Unset
    if isinstance(_member_amount, Unset):
        member_amount = UNSET
    else:
        member_amount = Money.from_dict(_member_amount)

    return member_amount


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "discount_type": ("discountType", _parse_discount_type),
    "discount_value": ("discountValue", _parse_discount_value),
    "effective_period": ("effectivePeriod", _parse_effective_period),
    "effective_period_time_based_term": ("effectivePeriodTimeBasedTerm", _parse_effective_period_time_based_term),
    "discounted_base_price": ("discountedBasePrice", _parse_discounted_base_price),
    "company_amount": ("companyAmount", _parse_company_amount),
    "member_amount": ("memberAmount", _parse_member_amount),
    "additional_properties": ("*", _parse_additional_properties),
}

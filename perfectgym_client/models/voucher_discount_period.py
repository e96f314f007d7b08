from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.voucher_discount_period_discount_type import VoucherDiscountPeriodDiscountType
from ..models.voucher_discount_period_effective_period import VoucherDiscountPeriodEffectivePeriod
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "discountType",
        "discountValue",
        "effectivePeriod",
        "effectivePeriodTimeBasedTerm",
        "discountedBasePrice",
        "companyAmount",
        "memberAmount",
    }
)
_VoucherDiscountPeriodDiscountType_BY_VALUE = enum_members(VoucherDiscountPeriodDiscountType)
_VoucherDiscountPeriodEffectivePeriod_BY_VALUE = enum_members(VoucherDiscountPeriodEffectivePeriod)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.money import Money  # noqa: PLC0415
    from ..models.term import Term  # noqa: PLC0415

    globals().update(
        {
            "Money": Money,
            "Term": Term,
        }
    )
    _nested_resolved = True


def _parse_discount_type(d: dict[str, Any]) -> VoucherDiscountPeriodDiscountType:
    _source = d["discountType"]
    try:
        return _VoucherDiscountPeriodDiscountType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return VoucherDiscountPeriodDiscountType(_source)


def _parse_discount_value(d: dict[str, Any]) -> Money:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["discountValue"]
    discount_value = Money.from_dict(_source)

    return discount_value


def _parse_effective_period(d: dict[str, Any]) -> VoucherDiscountPeriodEffectivePeriod:
    _source = d["effectivePeriod"]
    try:
        return _VoucherDiscountPeriodEffectivePeriod_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return VoucherDiscountPeriodEffectivePeriod(_source)


def _parse_effective_period_time_based_term(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    if not _nested_resolved:
        _resolve_nested()
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
    if not _nested_resolved:
        _resolve_nested()
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
    if not _nested_resolved:
        _resolve_nested()
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
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    VoucherDiscountPeriod,
    (
        ("discount_type", "discountType", _parse_discount_type, None),
        ("discount_value", "discountValue", _parse_discount_value, None),
        ("effective_period", "effectivePeriod", _parse_effective_period, None),
        (
            "effective_period_time_based_term",
            "effectivePeriodTimeBasedTerm",
            _parse_effective_period_time_based_term,
            None,
        ),
        ("discounted_base_price", "discountedBasePrice", _parse_discounted_base_price, None),
        ("company_amount", "companyAmount", _parse_company_amount, None),
        ("member_amount", "memberAmount", _parse_member_amount, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.flat_fee_preview_paid_time_period_calculation_type import FlatFeePreviewPaidTimePeriodCalculationType
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
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency
    from ..models.membership_offer_rate_bonus_period import MembershipOfferRateBonusPeriod
    from ..models.money import Money
    from ..models.voucher_discount_period import VoucherDiscountPeriod


T = TypeVar("T", bound="FlatFeePreview")


@_attrs_define(slots=False, repr=False, eq=False)
class FlatFeePreview:
    """
    Attributes:
        name (str): Name of the sub contract Example: Sauna.
        payment_frequency (MembershipOfferPaymentFrequency): Represents the payment frequency
        identifier (str): Unique identifier of the flat fee Example: FLATFEE0-0F7691D0E09A4477A5CC69C8BD3F223B.
        discount_periods (list[VoucherDiscountPeriod] | Unset):
        company_amount (Money | Unset): Base price of the contract
        member_amount (Money | Unset): Base price of the contract
        paid_time_period_calculation_type (FlatFeePreviewPaidTimePeriodCalculationType | Unset): The method that is
            being used to determine the period for the first payment
        voucher_bonus_period (MembershipOfferRateBonusPeriod | Unset):
        discounted_price (Money | Unset): Base price of the contract
        credit_value (float | Unset): Voucher credit value when a credit voucher applies
    """

    name: str
    payment_frequency: MembershipOfferPaymentFrequency
    identifier: str
    discount_periods: list[VoucherDiscountPeriod] | Unset = UNSET
    company_amount: Money | Unset = UNSET
    member_amount: Money | Unset = UNSET
    paid_time_period_calculation_type: FlatFeePreviewPaidTimePeriodCalculationType | Unset = UNSET
    voucher_bonus_period: MembershipOfferRateBonusPeriod | Unset = UNSET
    discounted_price: Money | Unset = UNSET
    credit_value: float | Unset = UNSET
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
            name = self.name

            payment_frequency = self.payment_frequency.to_dict()

            identifier = self.identifier

            discount_periods: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.discount_periods, Unset):
                discount_periods = []
                for discount_periods_item_data in self.discount_periods:
                    discount_periods_item = discount_periods_item_data.to_dict()
                    discount_periods.append(discount_periods_item)

            company_amount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.company_amount, Unset):
                company_amount = self.company_amount.to_dict()

            member_amount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.member_amount, Unset):
                member_amount = self.member_amount.to_dict()

            paid_time_period_calculation_type: str | Unset = UNSET
            if not isinstance(self.paid_time_period_calculation_type, Unset):
                paid_time_period_calculation_type = self.paid_time_period_calculation_type.value

            voucher_bonus_period: dict[str, Any] | Unset = UNSET
            if not isinstance(self.voucher_bonus_period, Unset):
                voucher_bonus_period = self.voucher_bonus_period.to_dict()

            discounted_price: dict[str, Any] | Unset = UNSET
            if not isinstance(self.discounted_price, Unset):
                discounted_price = self.discounted_price.to_dict()

            credit_value = self.credit_value

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "name": name,
                    "paymentFrequency": payment_frequency,
                    "identifier": identifier,
                }
            )
            if discount_periods is not UNSET:
                field_dict["discountPeriods"] = discount_periods
            if company_amount is not UNSET:
                field_dict["companyAmount"] = company_amount
            if member_amount is not UNSET:
                field_dict["memberAmount"] = member_amount
            if paid_time_period_calculation_type is not UNSET:
                field_dict["paidTimePeriodCalculationType"] = paid_time_period_calculation_type
            if voucher_bonus_period is not UNSET:
                field_dict["voucherBonusPeriod"] = voucher_bonus_period
            if discounted_price is not UNSET:
                field_dict["discountedPrice"] = discounted_price
            if credit_value is not UNSET:
                field_dict["creditValue"] = credit_value

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
        "name",
        "paymentFrequency",
        "identifier",
        "discountPeriods",
        "companyAmount",
        "memberAmount",
        "paidTimePeriodCalculationType",
        "voucherBonusPeriod",
        "discountedPrice",
        "creditValue",
    }
)
_FlatFeePreviewPaidTimePeriodCalculationType_BY_VALUE = enum_members(FlatFeePreviewPaidTimePeriodCalculationType)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency  # noqa: PLC0415
    from ..models.membership_offer_rate_bonus_period import MembershipOfferRateBonusPeriod  # noqa: PLC0415
    from ..models.money import Money  # noqa: PLC0415
    from ..models.voucher_discount_period import VoucherDiscountPeriod  # noqa: PLC0415

    globals().update(
        {
            "MembershipOfferPaymentFrequency": MembershipOfferPaymentFrequency,
            "MembershipOfferRateBonusPeriod": MembershipOfferRateBonusPeriod,
            "Money": Money,
            "VoucherDiscountPeriod": VoucherDiscountPeriod,
        }
    )
    _nested_resolved = True


def _parse_name(d: dict[str, Any]) -> str:
    _source: str = d["name"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_payment_frequency(d: dict[str, Any]) -> MembershipOfferPaymentFrequency:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["paymentFrequency"]
    payment_frequency = MembershipOfferPaymentFrequency.from_dict(_source)

    return payment_frequency


def _parse_identifier(d: dict[str, Any]) -> str:
    _source: str = d["identifier"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_discount_periods(d: dict[str, Any]) -> list[VoucherDiscountPeriod] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("discountPeriods", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _discount_periods = _source
    discount_periods: list[VoucherDiscountPeriod] | Unset = UNSET
    if _discount_periods is not UNSET:
        discount_periods = []
        for discount_periods_item_data in _discount_periods:
            discount_periods_item = VoucherDiscountPeriod.from_dict(discount_periods_item_data)

            discount_periods.append(discount_periods_item)

    return discount_periods


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


def _parse_paid_time_period_calculation_type(d: dict[str, Any]) -> FlatFeePreviewPaidTimePeriodCalculationType | Unset:
    _source = d.get("paidTimePeriodCalculationType", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _FlatFeePreviewPaidTimePeriodCalculationType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return FlatFeePreviewPaidTimePeriodCalculationType(_source)


def _parse_voucher_bonus_period(d: dict[str, Any]) -> MembershipOfferRateBonusPeriod | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("voucherBonusPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _voucher_bonus_period = _source
    voucher_bonus_period: MembershipOfferRateBonusPeriod | Unset
    if isinstance(_voucher_bonus_period, Unset):
        voucher_bonus_period = UNSET
    else:
        voucher_bonus_period = MembershipOfferRateBonusPeriod.from_dict(_voucher_bonus_period)

    return voucher_bonus_period


def _parse_discounted_price(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("discountedPrice", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _discounted_price = _source
    discounted_price: Money | Unset
    if isinstance(_discounted_price, Unset):
        discounted_price = UNSET
    else:
        discounted_price = Money.from_dict(_discounted_price)

    return discounted_price


def _parse_credit_value(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("creditValue", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    FlatFeePreview,
    (
        ("name", "name", _parse_name, str),
        ("payment_frequency", "paymentFrequency", _parse_payment_frequency, None),
        ("identifier", "identifier", _parse_identifier, str),
        ("discount_periods", "discountPeriods", _parse_discount_periods, None),
        ("company_amount", "companyAmount", _parse_company_amount, None),
        ("member_amount", "memberAmount", _parse_member_amount, None),
        (
            "paid_time_period_calculation_type",
            "paidTimePeriodCalculationType",
            _parse_paid_time_period_calculation_type,
            None,
        ),
        ("voucher_bonus_period", "voucherBonusPeriod", _parse_voucher_bonus_period, None),
        ("discounted_price", "discountedPrice", _parse_discounted_price, None),
        ("credit_value", "creditValue", _parse_credit_value, float),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.module_contract_preview_paid_time_period_calculation_type import (
    ModuleContractPreviewPaidTimePeriodCalculationType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency
    from ..models.membership_offer_rate_bonus_period import MembershipOfferRateBonusPeriod
    from ..models.money import Money
    from ..models.voucher_discount_period import VoucherDiscountPeriod


T = TypeVar("T", bound="ModuleContractPreview")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "discountedPrice",
        "discountPeriods",
        "companyAmount",
        "memberAmount",
        "paidTimePeriodCalculationType",
        "voucherBonusPeriod",
        "creditValue",
    }
)


@_attrs_define
class ModuleContractPreview:
    """
    Attributes:
        id (int): The ID of the module Example: 12345.
        name (str): Name of the sub contract
        payment_frequency (MembershipOfferPaymentFrequency): Represents the payment frequency
        discounted_price (Money | Unset): Base price of the contract
        discount_periods (list[VoucherDiscountPeriod] | Unset): Discount periods when a discount voucher applies
        company_amount (Money | Unset): Base price of the contract
        member_amount (Money | Unset): Base price of the contract
        paid_time_period_calculation_type (ModuleContractPreviewPaidTimePeriodCalculationType | Unset): How the first
            paid period is determined
        voucher_bonus_period (MembershipOfferRateBonusPeriod | Unset):
        credit_value (float | Unset): Voucher credit value when a credit voucher applies
    """

    id: int
    name: str
    payment_frequency: MembershipOfferPaymentFrequency
    discounted_price: Money | Unset = UNSET
    discount_periods: list[VoucherDiscountPeriod] | Unset = UNSET
    company_amount: Money | Unset = UNSET
    member_amount: Money | Unset = UNSET
    paid_time_period_calculation_type: ModuleContractPreviewPaidTimePeriodCalculationType | Unset = UNSET
    voucher_bonus_period: MembershipOfferRateBonusPeriod | Unset = UNSET
    credit_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        payment_frequency = self.payment_frequency.to_dict()

        discounted_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discounted_price, Unset):
            discounted_price = self.discounted_price.to_dict()

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

        credit_value = self.credit_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "paymentFrequency": payment_frequency,
            }
        )
        if discounted_price is not UNSET:
            field_dict["discountedPrice"] = discounted_price
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
        if credit_value is not UNSET:
            field_dict["creditValue"] = credit_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency  # noqa: PLC0415
        from ..models.membership_offer_rate_bonus_period import MembershipOfferRateBonusPeriod  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.voucher_discount_period import VoucherDiscountPeriod  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        name = d.pop("name")

        payment_frequency = MembershipOfferPaymentFrequency.from_dict(d.pop("paymentFrequency"))

        _discounted_price = d.pop("discountedPrice", UNSET)
        discounted_price: Money | Unset
        if isinstance(_discounted_price, Unset):
            discounted_price = UNSET
        else:
            discounted_price = Money.from_dict(_discounted_price)

        _discount_periods = d.pop("discountPeriods", UNSET)
        discount_periods: list[VoucherDiscountPeriod] | Unset = UNSET
        if _discount_periods is not UNSET:
            discount_periods = []
            for discount_periods_item_data in _discount_periods:
                discount_periods_item = VoucherDiscountPeriod.from_dict(discount_periods_item_data)

                discount_periods.append(discount_periods_item)

        _company_amount = d.pop("companyAmount", UNSET)
        company_amount: Money | Unset
        if isinstance(_company_amount, Unset):
            company_amount = UNSET
        else:
            company_amount = Money.from_dict(_company_amount)

        _member_amount = d.pop("memberAmount", UNSET)
        member_amount: Money | Unset
        if isinstance(_member_amount, Unset):
            member_amount = UNSET
        else:
            member_amount = Money.from_dict(_member_amount)

        _paid_time_period_calculation_type = d.pop("paidTimePeriodCalculationType", UNSET)
        paid_time_period_calculation_type: ModuleContractPreviewPaidTimePeriodCalculationType | Unset
        if isinstance(_paid_time_period_calculation_type, Unset):
            paid_time_period_calculation_type = UNSET
        else:
            paid_time_period_calculation_type = ModuleContractPreviewPaidTimePeriodCalculationType(
                _paid_time_period_calculation_type
            )

        _voucher_bonus_period = d.pop("voucherBonusPeriod", UNSET)
        voucher_bonus_period: MembershipOfferRateBonusPeriod | Unset
        if isinstance(_voucher_bonus_period, Unset):
            voucher_bonus_period = UNSET
        else:
            voucher_bonus_period = MembershipOfferRateBonusPeriod.from_dict(_voucher_bonus_period)

        credit_value = d.pop("creditValue", UNSET)

        _obj = cls(
            id=id,
            name=name,
            payment_frequency=payment_frequency,
            discounted_price=discounted_price,
            discount_periods=discount_periods,
            company_amount=company_amount,
            member_amount=member_amount,
            paid_time_period_calculation_type=paid_time_period_calculation_type,
            voucher_bonus_period=voucher_bonus_period,
            credit_value=credit_value,
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

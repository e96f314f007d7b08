from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_discount_period_discount_type import VoucherDiscountPeriodDiscountType
from ..models.voucher_discount_period_effective_period import VoucherDiscountPeriodEffectivePeriod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.term import Term


T = TypeVar("T", bound="VoucherDiscountPeriod")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "effectivePeriodTimeBasedTerm",
        "discountedBasePrice",
        "companyAmount",
        "memberAmount",
    }
)


@_attrs_define
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
        from ..models.money import Money  # noqa: PLC0415
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        discount_type = VoucherDiscountPeriodDiscountType(d.pop("discountType"))

        discount_value = Money.from_dict(d.pop("discountValue"))

        effective_period = VoucherDiscountPeriodEffectivePeriod(d.pop("effectivePeriod"))

        _effective_period_time_based_term = d.pop("effectivePeriodTimeBasedTerm", UNSET)
        effective_period_time_based_term: Term | Unset
        if isinstance(_effective_period_time_based_term, Unset):
            effective_period_time_based_term = UNSET
        else:
            effective_period_time_based_term = Term.from_dict(_effective_period_time_based_term)

        _discounted_base_price = d.pop("discountedBasePrice", UNSET)
        discounted_base_price: Money | Unset
        if isinstance(_discounted_base_price, Unset):
            discounted_base_price = UNSET
        else:
            discounted_base_price = Money.from_dict(_discounted_base_price)

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

        _obj = cls(
            discount_type=discount_type,
            discount_value=discount_value,
            effective_period=effective_period,
            effective_period_time_based_term=effective_period_time_based_term,
            discounted_base_price=discounted_base_price,
            company_amount=company_amount,
            member_amount=member_amount,
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

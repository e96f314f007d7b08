from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.open_api_v1_signup_preview_dto_company_fee_split_type import OpenApiV1SignupPreviewDtoCompanyFeeSplitType
from ..models.open_api_v1_signup_preview_dto_discount_type import OpenApiV1SignupPreviewDtoDiscountType
from ..models.open_api_v1_signup_preview_dto_voucher_effective_period import (
    OpenApiV1SignupPreviewDtoVoucherEffectivePeriod,
)
from ..models.open_api_v1_signup_preview_dto_voucher_error_code import OpenApiV1SignupPreviewDtoVoucherErrorCode
from ..models.open_api_v1_signup_preview_dto_voucher_type import OpenApiV1SignupPreviewDtoVoucherType
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
    from ..models.contract_volume import ContractVolume
    from ..models.flat_fee_preview import FlatFeePreview
    from ..models.membership_offer_rate_bonus_period import MembershipOfferRateBonusPeriod
    from ..models.membership_offer_text_block import MembershipOfferTextBlock
    from ..models.module_contract_preview import ModuleContractPreview
    from ..models.money import Money
    from ..models.signup_payment_preview import SignupPaymentPreview
    from ..models.term import Term
    from ..models.voucher_discount_period import VoucherDiscountPeriod


T = TypeVar("T", bound="OpenApiV1SignupPreviewDto")


@_attrs_define(slots=False, repr=False, eq=False)
class OpenApiV1SignupPreviewDto:
    """
    Attributes:
        base_price (Money): Base price of the contract
        pre_use_charge (Money | Unset): Base price of the contract
        voucher_type (OpenApiV1SignupPreviewDtoVoucherType | Unset): Type of a voucher, if a valid voucher code has been
            provided
        voucher_remarks (str | Unset): Voucher remarks, if a valid voucher code has been provided Example: Yoga class
            not included.
        voucher_discount_periods (list[VoucherDiscountPeriod] | Unset):
        discounted_pre_use_charge (Money | Unset): Base price of the contract
        credit_value (Money | Unset): Base price of the contract
        company_fee_split_type (OpenApiV1SignupPreviewDtoCompanyFeeSplitType | Unset):
        company_fee_split_value (Money | Unset): Base price of the contract
        company_name (str | Unset):  Example: Some company.
        company_amount (Money | Unset): Base price of the contract
        member_amount (Money | Unset): Base price of the contract
        company_amount_without_discount (Money | Unset): Base price of the contract
        member_amount_without_discount (Money | Unset): Base price of the contract
        voucher_bonus_period (MembershipOfferRateBonusPeriod | Unset):
        voucher_text_blocks (list[MembershipOfferTextBlock] | Unset): Voucher related text blocks, if a valid voucher
            code has been provided
        flat_fee_previews (list[FlatFeePreview] | Unset): Flat fee previews, including discount if a valid discount
            voucher code has been provided
        voucher_success_message (str | Unset):  Example: Voucher code "123" successfully applied: 5% discount on the
            membership fee.
        voucher_error_code (OpenApiV1SignupPreviewDtoVoucherErrorCode | Unset): An error code, if the voucher code is
            invalid
        age_adjusted_price (Money | Unset): Base price of the contract
        contract_volume_information (ContractVolume | Unset):
        module_consent_text_blocks (list[MembershipOfferTextBlock] | Unset): Consent texts for modules that are part of
            the contract
        selected_optional_modules_previews (list[ModuleContractPreview] | Unset):
        payment_preview (SignupPaymentPreview | Unset): Detailed payment preview including schedule and due-on-signing
            amount
        voucher_effective_period (OpenApiV1SignupPreviewDtoVoucherEffectivePeriod | Unset):
        effective_period_time_based_term (Term | Unset): Represents a term
        discounted_base_price (Money | Unset): Base price of the contract
        discount_type (OpenApiV1SignupPreviewDtoDiscountType | Unset):
        discount_value (Money | Unset): Base price of the contract
    """

    base_price: Money
    pre_use_charge: Money | Unset = UNSET
    voucher_type: OpenApiV1SignupPreviewDtoVoucherType | Unset = UNSET
    voucher_remarks: str | Unset = UNSET
    voucher_discount_periods: list[VoucherDiscountPeriod] | Unset = UNSET
    discounted_pre_use_charge: Money | Unset = UNSET
    credit_value: Money | Unset = UNSET
    company_fee_split_type: OpenApiV1SignupPreviewDtoCompanyFeeSplitType | Unset = UNSET
    company_fee_split_value: Money | Unset = UNSET
    company_name: str | Unset = UNSET
    company_amount: Money | Unset = UNSET
    member_amount: Money | Unset = UNSET
    company_amount_without_discount: Money | Unset = UNSET
    member_amount_without_discount: Money | Unset = UNSET
    voucher_bonus_period: MembershipOfferRateBonusPeriod | Unset = UNSET
    voucher_text_blocks: list[MembershipOfferTextBlock] | Unset = UNSET
    flat_fee_previews: list[FlatFeePreview] | Unset = UNSET
    voucher_success_message: str | Unset = UNSET
    voucher_error_code: OpenApiV1SignupPreviewDtoVoucherErrorCode | Unset = UNSET
    age_adjusted_price: Money | Unset = UNSET
    contract_volume_information: ContractVolume | Unset = UNSET
    module_consent_text_blocks: list[MembershipOfferTextBlock] | Unset = UNSET
    selected_optional_modules_previews: list[ModuleContractPreview] | Unset = UNSET
    payment_preview: SignupPaymentPreview | Unset = UNSET
    voucher_effective_period: OpenApiV1SignupPreviewDtoVoucherEffectivePeriod | Unset = UNSET
    effective_period_time_based_term: Term | Unset = UNSET
    discounted_base_price: Money | Unset = UNSET
    discount_type: OpenApiV1SignupPreviewDtoDiscountType | Unset = UNSET
    discount_value: Money | Unset = UNSET
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
            base_price = self.base_price.to_dict()

            pre_use_charge: dict[str, Any] | Unset = UNSET
            if not isinstance(self.pre_use_charge, Unset):
                pre_use_charge = self.pre_use_charge.to_dict()

            voucher_type: str | Unset = UNSET
            if not isinstance(self.voucher_type, Unset):
                voucher_type = self.voucher_type.value

            voucher_remarks = self.voucher_remarks

            voucher_discount_periods: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.voucher_discount_periods, Unset):
                voucher_discount_periods = []
                for voucher_discount_periods_item_data in self.voucher_discount_periods:
                    voucher_discount_periods_item = voucher_discount_periods_item_data.to_dict()
                    voucher_discount_periods.append(voucher_discount_periods_item)

            discounted_pre_use_charge: dict[str, Any] | Unset = UNSET
            if not isinstance(self.discounted_pre_use_charge, Unset):
                discounted_pre_use_charge = self.discounted_pre_use_charge.to_dict()

            credit_value: dict[str, Any] | Unset = UNSET
            if not isinstance(self.credit_value, Unset):
                credit_value = self.credit_value.to_dict()

            company_fee_split_type: str | Unset = UNSET
            if not isinstance(self.company_fee_split_type, Unset):
                company_fee_split_type = self.company_fee_split_type.value

            company_fee_split_value: dict[str, Any] | Unset = UNSET
            if not isinstance(self.company_fee_split_value, Unset):
                company_fee_split_value = self.company_fee_split_value.to_dict()

            company_name = self.company_name

            company_amount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.company_amount, Unset):
                company_amount = self.company_amount.to_dict()

            member_amount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.member_amount, Unset):
                member_amount = self.member_amount.to_dict()

            company_amount_without_discount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.company_amount_without_discount, Unset):
                company_amount_without_discount = self.company_amount_without_discount.to_dict()

            member_amount_without_discount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.member_amount_without_discount, Unset):
                member_amount_without_discount = self.member_amount_without_discount.to_dict()

            voucher_bonus_period: dict[str, Any] | Unset = UNSET
            if not isinstance(self.voucher_bonus_period, Unset):
                voucher_bonus_period = self.voucher_bonus_period.to_dict()

            voucher_text_blocks: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.voucher_text_blocks, Unset):
                voucher_text_blocks = []
                for voucher_text_blocks_item_data in self.voucher_text_blocks:
                    voucher_text_blocks_item = voucher_text_blocks_item_data.to_dict()
                    voucher_text_blocks.append(voucher_text_blocks_item)

            flat_fee_previews: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.flat_fee_previews, Unset):
                flat_fee_previews = []
                for flat_fee_previews_item_data in self.flat_fee_previews:
                    flat_fee_previews_item = flat_fee_previews_item_data.to_dict()
                    flat_fee_previews.append(flat_fee_previews_item)

            voucher_success_message = self.voucher_success_message

            voucher_error_code: str | Unset = UNSET
            if not isinstance(self.voucher_error_code, Unset):
                voucher_error_code = self.voucher_error_code.value

            age_adjusted_price: dict[str, Any] | Unset = UNSET
            if not isinstance(self.age_adjusted_price, Unset):
                age_adjusted_price = self.age_adjusted_price.to_dict()

            contract_volume_information: dict[str, Any] | Unset = UNSET
            if not isinstance(self.contract_volume_information, Unset):
                contract_volume_information = self.contract_volume_information.to_dict()

            module_consent_text_blocks: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.module_consent_text_blocks, Unset):
                module_consent_text_blocks = []
                for module_consent_text_blocks_item_data in self.module_consent_text_blocks:
                    module_consent_text_blocks_item = module_consent_text_blocks_item_data.to_dict()
                    module_consent_text_blocks.append(module_consent_text_blocks_item)

            selected_optional_modules_previews: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.selected_optional_modules_previews, Unset):
                selected_optional_modules_previews = []
                for selected_optional_modules_previews_item_data in self.selected_optional_modules_previews:
                    selected_optional_modules_previews_item = selected_optional_modules_previews_item_data.to_dict()
                    selected_optional_modules_previews.append(selected_optional_modules_previews_item)

            payment_preview: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payment_preview, Unset):
                payment_preview = self.payment_preview.to_dict()

            voucher_effective_period: str | Unset = UNSET
            if not isinstance(self.voucher_effective_period, Unset):
                voucher_effective_period = self.voucher_effective_period.value

            effective_period_time_based_term: dict[str, Any] | Unset = UNSET
            if not isinstance(self.effective_period_time_based_term, Unset):
                effective_period_time_based_term = self.effective_period_time_based_term.to_dict()

            discounted_base_price: dict[str, Any] | Unset = UNSET
            if not isinstance(self.discounted_base_price, Unset):
                discounted_base_price = self.discounted_base_price.to_dict()

            discount_type: str | Unset = UNSET
            if not isinstance(self.discount_type, Unset):
                discount_type = self.discount_type.value

            discount_value: dict[str, Any] | Unset = UNSET
            if not isinstance(self.discount_value, Unset):
                discount_value = self.discount_value.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "basePrice": base_price,
                }
            )
            if pre_use_charge is not UNSET:
                field_dict["preUseCharge"] = pre_use_charge
            if voucher_type is not UNSET:
                field_dict["voucherType"] = voucher_type
            if voucher_remarks is not UNSET:
                field_dict["voucherRemarks"] = voucher_remarks
            if voucher_discount_periods is not UNSET:
                field_dict["voucherDiscountPeriods"] = voucher_discount_periods
            if discounted_pre_use_charge is not UNSET:
                field_dict["discountedPreUseCharge"] = discounted_pre_use_charge
            if credit_value is not UNSET:
                field_dict["creditValue"] = credit_value
            if company_fee_split_type is not UNSET:
                field_dict["companyFeeSplitType"] = company_fee_split_type
            if company_fee_split_value is not UNSET:
                field_dict["companyFeeSplitValue"] = company_fee_split_value
            if company_name is not UNSET:
                field_dict["companyName"] = company_name
            if company_amount is not UNSET:
                field_dict["companyAmount"] = company_amount
            if member_amount is not UNSET:
                field_dict["memberAmount"] = member_amount
            if company_amount_without_discount is not UNSET:
                field_dict["companyAmountWithoutDiscount"] = company_amount_without_discount
            if member_amount_without_discount is not UNSET:
                field_dict["memberAmountWithoutDiscount"] = member_amount_without_discount
            if voucher_bonus_period is not UNSET:
                field_dict["voucherBonusPeriod"] = voucher_bonus_period
            if voucher_text_blocks is not UNSET:
                field_dict["voucherTextBlocks"] = voucher_text_blocks
            if flat_fee_previews is not UNSET:
                field_dict["flatFeePreviews"] = flat_fee_previews
            if voucher_success_message is not UNSET:
                field_dict["voucherSuccessMessage"] = voucher_success_message
            if voucher_error_code is not UNSET:
                field_dict["voucherErrorCode"] = voucher_error_code
            if age_adjusted_price is not UNSET:
                field_dict["ageAdjustedPrice"] = age_adjusted_price
            if contract_volume_information is not UNSET:
                field_dict["contractVolumeInformation"] = contract_volume_information
            if module_consent_text_blocks is not UNSET:
                field_dict["moduleConsentTextBlocks"] = module_consent_text_blocks
            if selected_optional_modules_previews is not UNSET:
                field_dict["selectedOptionalModulesPreviews"] = selected_optional_modules_previews
            if payment_preview is not UNSET:
                field_dict["paymentPreview"] = payment_preview
            if voucher_effective_period is not UNSET:
                field_dict["voucherEffectivePeriod"] = voucher_effective_period
            if effective_period_time_based_term is not UNSET:
                field_dict["effectivePeriodTimeBasedTerm"] = effective_period_time_based_term
            if discounted_base_price is not UNSET:
                field_dict["discountedBasePrice"] = discounted_base_price
            if discount_type is not UNSET:
                field_dict["discountType"] = discount_type
            if discount_value is not UNSET:
                field_dict["discountValue"] = discount_value

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
        "basePrice",
        "preUseCharge",
        "voucherType",
        "voucherRemarks",
        "voucherDiscountPeriods",
        "discountedPreUseCharge",
        "creditValue",
        "companyFeeSplitType",
        "companyFeeSplitValue",
        "companyName",
        "companyAmount",
        "memberAmount",
        "companyAmountWithoutDiscount",
        "memberAmountWithoutDiscount",
        "voucherBonusPeriod",
        "voucherTextBlocks",
        "flatFeePreviews",
        "voucherSuccessMessage",
        "voucherErrorCode",
        "ageAdjustedPrice",
        "contractVolumeInformation",
        "moduleConsentTextBlocks",
        "selectedOptionalModulesPreviews",
        "paymentPreview",
        "voucherEffectivePeriod",
        "effectivePeriodTimeBasedTerm",
        "discountedBasePrice",
        "discountType",
        "discountValue",
    }
)
_OpenApiV1SignupPreviewDtoVoucherType_BY_VALUE = enum_members(OpenApiV1SignupPreviewDtoVoucherType)
_OpenApiV1SignupPreviewDtoCompanyFeeSplitType_BY_VALUE = enum_members(OpenApiV1SignupPreviewDtoCompanyFeeSplitType)
_OpenApiV1SignupPreviewDtoVoucherErrorCode_BY_VALUE = enum_members(OpenApiV1SignupPreviewDtoVoucherErrorCode)
_OpenApiV1SignupPreviewDtoVoucherEffectivePeriod_BY_VALUE = enum_members(
    OpenApiV1SignupPreviewDtoVoucherEffectivePeriod
)
_OpenApiV1SignupPreviewDtoDiscountType_BY_VALUE = enum_members(OpenApiV1SignupPreviewDtoDiscountType)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.contract_volume import ContractVolume  # noqa: PLC0415
    from ..models.flat_fee_preview import FlatFeePreview  # noqa: PLC0415
    from ..models.membership_offer_rate_bonus_period import MembershipOfferRateBonusPeriod  # noqa: PLC0415
    from ..models.membership_offer_text_block import MembershipOfferTextBlock  # noqa: PLC0415
    from ..models.module_contract_preview import ModuleContractPreview  # noqa: PLC0415
    from ..models.money import Money  # noqa: PLC0415
    from ..models.signup_payment_preview import SignupPaymentPreview  # noqa: PLC0415
    from ..models.term import Term  # noqa: PLC0415
    from ..models.voucher_discount_period import VoucherDiscountPeriod  # noqa: PLC0415

    globals().update(
        {
            "ContractVolume": ContractVolume,
            "FlatFeePreview": FlatFeePreview,
            "MembershipOfferRateBonusPeriod": MembershipOfferRateBonusPeriod,
            "MembershipOfferTextBlock": MembershipOfferTextBlock,
            "ModuleContractPreview": ModuleContractPreview,
            "Money": Money,
            "SignupPaymentPreview": SignupPaymentPreview,
            "Term": Term,
            "VoucherDiscountPeriod": VoucherDiscountPeriod,
        }
    )
    _nested_resolved = True


def _parse_base_price(d: dict[str, Any]) -> Money:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["basePrice"]
    base_price = Money.from_dict(_source)

    return base_price


def _parse_pre_use_charge(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("preUseCharge", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _pre_use_charge = _source
    pre_use_charge: Money | Unset
    if isinstance(_pre_use_charge, Unset):
        pre_use_charge = UNSET
    else:
        pre_use_charge = Money.from_dict(_pre_use_charge)

    return pre_use_charge


def _parse_voucher_type(d: dict[str, Any]) -> OpenApiV1SignupPreviewDtoVoucherType | Unset:
    _source = d.get("voucherType", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _OpenApiV1SignupPreviewDtoVoucherType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1SignupPreviewDtoVoucherType(_source)


def _parse_voucher_remarks(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("voucherRemarks", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_voucher_discount_periods(d: dict[str, Any]) -> list[VoucherDiscountPeriod] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("voucherDiscountPeriods", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _voucher_discount_periods = _source
    voucher_discount_periods: list[VoucherDiscountPeriod] | Unset = UNSET
    if _voucher_discount_periods is not UNSET:
        voucher_discount_periods = []
        for voucher_discount_periods_item_data in _voucher_discount_periods:
            voucher_discount_periods_item = VoucherDiscountPeriod.from_dict(voucher_discount_periods_item_data)

            voucher_discount_periods.append(voucher_discount_periods_item)

    return voucher_discount_periods


def _parse_discounted_pre_use_charge(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("discountedPreUseCharge", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _discounted_pre_use_charge = _source
    discounted_pre_use_charge: Money | Unset
    if isinstance(_discounted_pre_use_charge, Unset):
        discounted_pre_use_charge = UNSET
    else:
        discounted_pre_use_charge = Money.from_dict(_discounted_pre_use_charge)

    return discounted_pre_use_charge


def _parse_credit_value(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("creditValue", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _credit_value = _source
    credit_value: Money | Unset
    if isinstance(_credit_value, Unset):
        credit_value = UNSET
    else:
        credit_value = Money.from_dict(_credit_value)

    return credit_value


def _parse_company_fee_split_type(d: dict[str, Any]) -> OpenApiV1SignupPreviewDtoCompanyFeeSplitType | Unset:
    _source = d.get("companyFeeSplitType", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _OpenApiV1SignupPreviewDtoCompanyFeeSplitType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1SignupPreviewDtoCompanyFeeSplitType(_source)


def _parse_company_fee_split_value(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("companyFeeSplitValue", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _company_fee_split_value = _source
    company_fee_split_value: Money | Unset
    if isinstance(_company_fee_split_value, Unset):
        company_fee_split_value = UNSET
    else:
        company_fee_split_value = Money.from_dict(_company_fee_split_value)

    return company_fee_split_value


def _parse_company_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("companyName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


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


def _parse_company_amount_without_discount(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("companyAmountWithoutDiscount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _company_amount_without_discount = _source
    company_amount_without_discount: Money | Unset
    if isinstance(_company_amount_without_discount, Unset):
        company_amount_without_discount = UNSET
    else:
        company_amount_without_discount = Money.from_dict(_company_amount_without_discount)

    return company_amount_without_discount


def _parse_member_amount_without_discount(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("memberAmountWithoutDiscount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _member_amount_without_discount = _source
    member_amount_without_discount: Money | Unset
    if isinstance(_member_amount_without_discount, Unset):
        member_amount_without_discount = UNSET
    else:
        member_amount_without_discount = Money.from_dict(_member_amount_without_discount)

    return member_amount_without_discount


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


def _parse_voucher_text_blocks(d: dict[str, Any]) -> list[MembershipOfferTextBlock] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("voucherTextBlocks", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _voucher_text_blocks = _source
    voucher_text_blocks: list[MembershipOfferTextBlock] | Unset = UNSET
    if _voucher_text_blocks is not UNSET:
        voucher_text_blocks = []
        for voucher_text_blocks_item_data in _voucher_text_blocks:
            voucher_text_blocks_item = MembershipOfferTextBlock.from_dict(voucher_text_blocks_item_data)

            voucher_text_blocks.append(voucher_text_blocks_item)

    return voucher_text_blocks


def _parse_flat_fee_previews(d: dict[str, Any]) -> list[FlatFeePreview] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("flatFeePreviews", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _flat_fee_previews = _source
    flat_fee_previews: list[FlatFeePreview] | Unset = UNSET
    if _flat_fee_previews is not UNSET:
        flat_fee_previews = []
        for flat_fee_previews_item_data in _flat_fee_previews:
            flat_fee_previews_item = FlatFeePreview.from_dict(flat_fee_previews_item_data)

            flat_fee_previews.append(flat_fee_previews_item)

    return flat_fee_previews


def _parse_voucher_success_message(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("voucherSuccessMessage", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_voucher_error_code(d: dict[str, Any]) -> OpenApiV1SignupPreviewDtoVoucherErrorCode | Unset:
    _source = d.get("voucherErrorCode", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _OpenApiV1SignupPreviewDtoVoucherErrorCode_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1SignupPreviewDtoVoucherErrorCode(_source)


def _parse_age_adjusted_price(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("ageAdjustedPrice", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _age_adjusted_price = _source
    age_adjusted_price: Money | Unset
    if isinstance(_age_adjusted_price, Unset):
        age_adjusted_price = UNSET
    else:
        age_adjusted_price = Money.from_dict(_age_adjusted_price)

    return age_adjusted_price


def _parse_contract_volume_information(d: dict[str, Any]) -> ContractVolume | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("contractVolumeInformation", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _contract_volume_information = _source
    contract_volume_information: ContractVolume | Unset
    if isinstance(_contract_volume_information, Unset):
        contract_volume_information = UNSET
    else:
        contract_volume_information = ContractVolume.from_dict(_contract_volume_information)

    return contract_volume_information


def _parse_module_consent_text_blocks(d: dict[str, Any]) -> list[MembershipOfferTextBlock] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("moduleConsentTextBlocks", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _module_consent_text_blocks = _source
    module_consent_text_blocks: list[MembershipOfferTextBlock] | Unset = UNSET
    if _module_consent_text_blocks is not UNSET:
        module_consent_text_blocks = []
        for module_consent_text_blocks_item_data in _module_consent_text_blocks:
            module_consent_text_blocks_item = MembershipOfferTextBlock.from_dict(module_consent_text_blocks_item_data)

            module_consent_text_blocks.append(module_consent_text_blocks_item)

    return module_consent_text_blocks


def _parse_selected_optional_modules_previews(d: dict[str, Any]) -> list[ModuleContractPreview] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("selectedOptionalModulesPreviews", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _selected_optional_modules_previews = _source
    selected_optional_modules_previews: list[ModuleContractPreview] | Unset = UNSET
    if _selected_optional_modules_previews is not UNSET:
        selected_optional_modules_previews = []
        for selected_optional_modules_previews_item_data in _selected_optional_modules_previews:
            selected_optional_modules_previews_item = ModuleContractPreview.from_dict(
                selected_optional_modules_previews_item_data
            )

            selected_optional_modules_previews.append(selected_optional_modules_previews_item)

    return selected_optional_modules_previews


def _parse_payment_preview(d: dict[str, Any]) -> SignupPaymentPreview | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("paymentPreview", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _payment_preview = _source
    payment_preview: SignupPaymentPreview | Unset
    if isinstance(_payment_preview, Unset):
        payment_preview = UNSET
    else:
        payment_preview = SignupPaymentPreview.from_dict(_payment_preview)

    return payment_preview


def _parse_voucher_effective_period(d: dict[str, Any]) -> OpenApiV1SignupPreviewDtoVoucherEffectivePeriod | Unset:
    _source = d.get("voucherEffectivePeriod", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _OpenApiV1SignupPreviewDtoVoucherEffectivePeriod_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1SignupPreviewDtoVoucherEffectivePeriod(_source)


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


def _parse_discount_type(d: dict[str, Any]) -> OpenApiV1SignupPreviewDtoDiscountType | Unset:
    _source = d.get("discountType", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _OpenApiV1SignupPreviewDtoDiscountType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1SignupPreviewDtoDiscountType(_source)


def _parse_discount_value(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("discountValue", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _discount_value = _source
    discount_value: Money | Unset
    if isinstance(_discount_value, Unset):
        discount_value = UNSET
    else:
        discount_value = Money.from_dict(_discount_value)

    return discount_value


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    OpenApiV1SignupPreviewDto,
    (
        ("base_price", "basePrice", _parse_base_price, None),
        ("pre_use_charge", "preUseCharge", _parse_pre_use_charge, None),
        ("voucher_type", "voucherType", _parse_voucher_type, None),
        ("voucher_remarks", "voucherRemarks", _parse_voucher_remarks, str),
        ("voucher_discount_periods", "voucherDiscountPeriods", _parse_voucher_discount_periods, None),
        ("discounted_pre_use_charge", "discountedPreUseCharge", _parse_discounted_pre_use_charge, None),
        ("credit_value", "creditValue", _parse_credit_value, None),
        ("company_fee_split_type", "companyFeeSplitType", _parse_company_fee_split_type, None),
        ("company_fee_split_value", "companyFeeSplitValue", _parse_company_fee_split_value, None),
        ("company_name", "companyName", _parse_company_name, str),
        ("company_amount", "companyAmount", _parse_company_amount, None),
        ("member_amount", "memberAmount", _parse_member_amount, None),
        (
            "company_amount_without_discount",
            "companyAmountWithoutDiscount",
            _parse_company_amount_without_discount,
            None,
        ),
        ("member_amount_without_discount", "memberAmountWithoutDiscount", _parse_member_amount_without_discount, None),
        ("voucher_bonus_period", "voucherBonusPeriod", _parse_voucher_bonus_period, None),
        ("voucher_text_blocks", "voucherTextBlocks", _parse_voucher_text_blocks, None),
        ("flat_fee_previews", "flatFeePreviews", _parse_flat_fee_previews, None),
        ("voucher_success_message", "voucherSuccessMessage", _parse_voucher_success_message, str),
        ("voucher_error_code", "voucherErrorCode", _parse_voucher_error_code, None),
        ("age_adjusted_price", "ageAdjustedPrice", _parse_age_adjusted_price, None),
        ("contract_volume_information", "contractVolumeInformation", _parse_contract_volume_information, None),
        ("module_consent_text_blocks", "moduleConsentTextBlocks", _parse_module_consent_text_blocks, None),
        (
            "selected_optional_modules_previews",
            "selectedOptionalModulesPreviews",
            _parse_selected_optional_modules_previews,
            None,
        ),
        ("payment_preview", "paymentPreview", _parse_payment_preview, None),
        ("voucher_effective_period", "voucherEffectivePeriod", _parse_voucher_effective_period, None),
        (
            "effective_period_time_based_term",
            "effectivePeriodTimeBasedTerm",
            _parse_effective_period_time_based_term,
            None,
        ),
        ("discounted_base_price", "discountedBasePrice", _parse_discounted_base_price, None),
        ("discount_type", "discountType", _parse_discount_type, None),
        ("discount_value", "discountValue", _parse_discount_value, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.membership_offer_term_extended_cancelation_strategy import MembershipOfferTermExtendedCancelationStrategy
from ..models.membership_offer_term_extended_extension_type import MembershipOfferTermExtendedExtensionType
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
    from ..models.membership_offer_flat_fee import MembershipOfferFlatFee
    from ..models.membership_offer_module import MembershipOfferModule
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency
    from ..models.membership_offer_rate_bonus_period import MembershipOfferRateBonusPeriod
    from ..models.membership_offer_subsequent_rate import MembershipOfferSubsequentRate
    from ..models.membership_offer_term_adjustment_rule import MembershipOfferTermAdjustmentRule
    from ..models.money import Money
    from ..models.term import Term


T = TypeVar("T", bound="MembershipOfferTermExtended")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipOfferTermExtended:
    """
    Attributes:
        id (int): Unique identifier of the membership offer term Example: 1234567890.
        flat_fees (list[MembershipOfferFlatFee]): Flat fees that are part of this membership offer
        extension_type (MembershipOfferTermExtendedExtensionType): Membership offer extension type
        cancelation_strategy (MembershipOfferTermExtendedCancelationStrategy): Membership offer cancelation strategy
        payment_frequency (MembershipOfferPaymentFrequency): Represents the payment frequency
        contract_volume_information (ContractVolume | Unset):
        extension_term (Term | Unset): Represents a term
        default_contract_start_date (datetime.date | Unset): The default contract start date Example: 2025-08-24.
        default_contract_start_date_of_use (datetime.date | Unset): The default contract start date of use Example:
            2025-09-01.
        price_adjustment_rules (list[MembershipOfferTermAdjustmentRule] | Unset): Price adjustment rules that are part
            of this membership offer term
        extension_fixed_term (Term | Unset): Represents a term
        subsequent_rate (MembershipOfferSubsequentRate | Unset): Represents a subsequent rate for a membership offer
        cancelation_period (Term | Unset): Represents a term
        extension_cancelation_period (Term | Unset): Represents a term
        rate_bonus_periods (list[MembershipOfferRateBonusPeriod] | Unset): Rate bonus periods that are part of this
            membership offer term
        rate_start_price (Money | Unset): Base price of the contract
        optional_modules (list[MembershipOfferModule] | Unset): Optional modules additionally payable
        term_after_extension (Term | Unset): Represents a term
        price_after_extension (Money | Unset): Base price of the contract
        term (Term | Unset): Represents a term
    """

    id: int
    flat_fees: list[MembershipOfferFlatFee]
    extension_type: MembershipOfferTermExtendedExtensionType
    cancelation_strategy: MembershipOfferTermExtendedCancelationStrategy
    payment_frequency: MembershipOfferPaymentFrequency
    contract_volume_information: ContractVolume | Unset = UNSET
    extension_term: Term | Unset = UNSET
    default_contract_start_date: datetime.date | Unset = UNSET
    default_contract_start_date_of_use: datetime.date | Unset = UNSET
    price_adjustment_rules: list[MembershipOfferTermAdjustmentRule] | Unset = UNSET
    extension_fixed_term: Term | Unset = UNSET
    subsequent_rate: MembershipOfferSubsequentRate | Unset = UNSET
    cancelation_period: Term | Unset = UNSET
    extension_cancelation_period: Term | Unset = UNSET
    rate_bonus_periods: list[MembershipOfferRateBonusPeriod] | Unset = UNSET
    rate_start_price: Money | Unset = UNSET
    optional_modules: list[MembershipOfferModule] | Unset = UNSET
    term_after_extension: Term | Unset = UNSET
    price_after_extension: Money | Unset = UNSET
    term: Term | Unset = UNSET
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
            id = self.id

            flat_fees = []
            for flat_fees_item_data in self.flat_fees:
                flat_fees_item = flat_fees_item_data.to_dict()
                flat_fees.append(flat_fees_item)

            extension_type = self.extension_type.value

            cancelation_strategy = self.cancelation_strategy.value

            payment_frequency = self.payment_frequency.to_dict()

            contract_volume_information: dict[str, Any] | Unset = UNSET
            if not isinstance(self.contract_volume_information, Unset):
                contract_volume_information = self.contract_volume_information.to_dict()

            extension_term: dict[str, Any] | Unset = UNSET
            if not isinstance(self.extension_term, Unset):
                extension_term = self.extension_term.to_dict()

            default_contract_start_date: str | Unset = UNSET
            if not isinstance(self.default_contract_start_date, Unset):
                default_contract_start_date = self.default_contract_start_date.isoformat()

            default_contract_start_date_of_use: str | Unset = UNSET
            if not isinstance(self.default_contract_start_date_of_use, Unset):
                default_contract_start_date_of_use = self.default_contract_start_date_of_use.isoformat()

            price_adjustment_rules: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.price_adjustment_rules, Unset):
                price_adjustment_rules = []
                for price_adjustment_rules_item_data in self.price_adjustment_rules:
                    price_adjustment_rules_item = price_adjustment_rules_item_data.to_dict()
                    price_adjustment_rules.append(price_adjustment_rules_item)

            extension_fixed_term: dict[str, Any] | Unset = UNSET
            if not isinstance(self.extension_fixed_term, Unset):
                extension_fixed_term = self.extension_fixed_term.to_dict()

            subsequent_rate: dict[str, Any] | Unset = UNSET
            if not isinstance(self.subsequent_rate, Unset):
                subsequent_rate = self.subsequent_rate.to_dict()

            cancelation_period: dict[str, Any] | Unset = UNSET
            if not isinstance(self.cancelation_period, Unset):
                cancelation_period = self.cancelation_period.to_dict()

            extension_cancelation_period: dict[str, Any] | Unset = UNSET
            if not isinstance(self.extension_cancelation_period, Unset):
                extension_cancelation_period = self.extension_cancelation_period.to_dict()

            rate_bonus_periods: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.rate_bonus_periods, Unset):
                rate_bonus_periods = []
                for rate_bonus_periods_item_data in self.rate_bonus_periods:
                    rate_bonus_periods_item = rate_bonus_periods_item_data.to_dict()
                    rate_bonus_periods.append(rate_bonus_periods_item)

            rate_start_price: dict[str, Any] | Unset = UNSET
            if not isinstance(self.rate_start_price, Unset):
                rate_start_price = self.rate_start_price.to_dict()

            optional_modules: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.optional_modules, Unset):
                optional_modules = []
                for optional_modules_item_data in self.optional_modules:
                    optional_modules_item = optional_modules_item_data.to_dict()
                    optional_modules.append(optional_modules_item)

            term_after_extension: dict[str, Any] | Unset = UNSET
            if not isinstance(self.term_after_extension, Unset):
                term_after_extension = self.term_after_extension.to_dict()

            price_after_extension: dict[str, Any] | Unset = UNSET
            if not isinstance(self.price_after_extension, Unset):
                price_after_extension = self.price_after_extension.to_dict()

            term: dict[str, Any] | Unset = UNSET
            if not isinstance(self.term, Unset):
                term = self.term.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                    "flatFees": flat_fees,
                    "extensionType": extension_type,
                    "cancelationStrategy": cancelation_strategy,
                    "paymentFrequency": payment_frequency,
                }
            )
            if contract_volume_information is not UNSET:
                field_dict["contractVolumeInformation"] = contract_volume_information
            if extension_term is not UNSET:
                field_dict["extensionTerm"] = extension_term
            if default_contract_start_date is not UNSET:
                field_dict["defaultContractStartDate"] = default_contract_start_date
            if default_contract_start_date_of_use is not UNSET:
                field_dict["defaultContractStartDateOfUse"] = default_contract_start_date_of_use
            if price_adjustment_rules is not UNSET:
                field_dict["priceAdjustmentRules"] = price_adjustment_rules
            if extension_fixed_term is not UNSET:
                field_dict["extensionFixedTerm"] = extension_fixed_term
            if subsequent_rate is not UNSET:
                field_dict["subsequentRate"] = subsequent_rate
            if cancelation_period is not UNSET:
                field_dict["cancelationPeriod"] = cancelation_period
            if extension_cancelation_period is not UNSET:
                field_dict["extensionCancelationPeriod"] = extension_cancelation_period
            if rate_bonus_periods is not UNSET:
                field_dict["rateBonusPeriods"] = rate_bonus_periods
            if rate_start_price is not UNSET:
                field_dict["rateStartPrice"] = rate_start_price
            if optional_modules is not UNSET:
                field_dict["optionalModules"] = optional_modules
            if term_after_extension is not UNSET:
                field_dict["termAfterExtension"] = term_after_extension
            if price_after_extension is not UNSET:
                field_dict["priceAfterExtension"] = price_after_extension
            if term is not UNSET:
                field_dict["term"] = term

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
        "id",
        "flatFees",
        "extensionType",
        "cancelationStrategy",
        "paymentFrequency",
        "contractVolumeInformation",
        "extensionTerm",
        "defaultContractStartDate",
        "defaultContractStartDateOfUse",
        "priceAdjustmentRules",
        "extensionFixedTerm",
        "subsequentRate",
        "cancelationPeriod",
        "extensionCancelationPeriod",
        "rateBonusPeriods",
        "rateStartPrice",
        "optionalModules",
        "termAfterExtension",
        "priceAfterExtension",
        "term",
    }
)
_MembershipOfferTermExtendedExtensionType_BY_VALUE = enum_members(MembershipOfferTermExtendedExtensionType)
_MembershipOfferTermExtendedCancelationStrategy_BY_VALUE = enum_members(MembershipOfferTermExtendedCancelationStrategy)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.contract_volume import ContractVolume  # noqa: PLC0415
    from ..models.membership_offer_flat_fee import MembershipOfferFlatFee  # noqa: PLC0415
    from ..models.membership_offer_module import MembershipOfferModule  # noqa: PLC0415
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency  # noqa: PLC0415
    from ..models.membership_offer_rate_bonus_period import MembershipOfferRateBonusPeriod  # noqa: PLC0415
    from ..models.membership_offer_subsequent_rate import MembershipOfferSubsequentRate  # noqa: PLC0415
    from ..models.membership_offer_term_adjustment_rule import MembershipOfferTermAdjustmentRule  # noqa: PLC0415
    from ..models.money import Money  # noqa: PLC0415
    from ..models.term import Term  # noqa: PLC0415

    globals().update(
        {
            "ContractVolume": ContractVolume,
            "MembershipOfferFlatFee": MembershipOfferFlatFee,
            "MembershipOfferModule": MembershipOfferModule,
            "MembershipOfferPaymentFrequency": MembershipOfferPaymentFrequency,
            "MembershipOfferRateBonusPeriod": MembershipOfferRateBonusPeriod,
            "MembershipOfferSubsequentRate": MembershipOfferSubsequentRate,
            "MembershipOfferTermAdjustmentRule": MembershipOfferTermAdjustmentRule,
            "Money": Money,
            "Term": Term,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_flat_fees(d: dict[str, Any]) -> list[MembershipOfferFlatFee]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["flatFees"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    flat_fees = []
    _flat_fees = _source
    for flat_fees_item_data in _flat_fees:
        flat_fees_item = MembershipOfferFlatFee.from_dict(flat_fees_item_data)

        flat_fees.append(flat_fees_item)

    return flat_fees


def _parse_extension_type(d: dict[str, Any]) -> MembershipOfferTermExtendedExtensionType:
    _source = d["extensionType"]
    try:
        return _MembershipOfferTermExtendedExtensionType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return MembershipOfferTermExtendedExtensionType(_source)


def _parse_cancelation_strategy(d: dict[str, Any]) -> MembershipOfferTermExtendedCancelationStrategy:
    _source = d["cancelationStrategy"]
    try:
        return _MembershipOfferTermExtendedCancelationStrategy_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return MembershipOfferTermExtendedCancelationStrategy(_source)


def _parse_payment_frequency(d: dict[str, Any]) -> MembershipOfferPaymentFrequency:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["paymentFrequency"]
    payment_frequency = MembershipOfferPaymentFrequency.from_dict(_source)

    return payment_frequency


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


def _parse_extension_term(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("extensionTerm", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _extension_term = _source
    extension_term: Term | Unset
    if isinstance(_extension_term, Unset):
        extension_term = UNSET
    else:
        extension_term = Term.from_dict(_extension_term)

    return extension_term


def _parse_default_contract_start_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("defaultContractStartDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _default_contract_start_date = _source
    default_contract_start_date: datetime.date | Unset
    if isinstance(_default_contract_start_date, Unset):
        default_contract_start_date = UNSET
    else:
        default_contract_start_date = datetime.date.fromisoformat(_default_contract_start_date)

    return default_contract_start_date


def _parse_default_contract_start_date_of_use(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("defaultContractStartDateOfUse", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _default_contract_start_date_of_use = _source
    default_contract_start_date_of_use: datetime.date | Unset
    if isinstance(_default_contract_start_date_of_use, Unset):
        default_contract_start_date_of_use = UNSET
    else:
        default_contract_start_date_of_use = datetime.date.fromisoformat(_default_contract_start_date_of_use)

    return default_contract_start_date_of_use


def _parse_price_adjustment_rules(d: dict[str, Any]) -> list[MembershipOfferTermAdjustmentRule] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("priceAdjustmentRules", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _price_adjustment_rules = _source
    price_adjustment_rules: list[MembershipOfferTermAdjustmentRule] | Unset = UNSET
    if _price_adjustment_rules is not UNSET:
        price_adjustment_rules = []
        for price_adjustment_rules_item_data in _price_adjustment_rules:
            price_adjustment_rules_item = MembershipOfferTermAdjustmentRule.from_dict(price_adjustment_rules_item_data)

            price_adjustment_rules.append(price_adjustment_rules_item)

    return price_adjustment_rules


def _parse_extension_fixed_term(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("extensionFixedTerm", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _extension_fixed_term = _source
    extension_fixed_term: Term | Unset
    if isinstance(_extension_fixed_term, Unset):
        extension_fixed_term = UNSET
    else:
        extension_fixed_term = Term.from_dict(_extension_fixed_term)

    return extension_fixed_term


def _parse_subsequent_rate(d: dict[str, Any]) -> MembershipOfferSubsequentRate | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("subsequentRate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _subsequent_rate = _source
    subsequent_rate: MembershipOfferSubsequentRate | Unset
    if isinstance(_subsequent_rate, Unset):
        subsequent_rate = UNSET
    else:
        subsequent_rate = MembershipOfferSubsequentRate.from_dict(_subsequent_rate)

    return subsequent_rate


def _parse_cancelation_period(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("cancelationPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _cancelation_period = _source
    cancelation_period: Term | Unset
    if isinstance(_cancelation_period, Unset):
        cancelation_period = UNSET
    else:
        cancelation_period = Term.from_dict(_cancelation_period)

    return cancelation_period


def _parse_extension_cancelation_period(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("extensionCancelationPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _extension_cancelation_period = _source
    extension_cancelation_period: Term | Unset
    if isinstance(_extension_cancelation_period, Unset):
        extension_cancelation_period = UNSET
    else:
        extension_cancelation_period = Term.from_dict(_extension_cancelation_period)

    return extension_cancelation_period


def _parse_rate_bonus_periods(d: dict[str, Any]) -> list[MembershipOfferRateBonusPeriod] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("rateBonusPeriods", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _rate_bonus_periods = _source
    rate_bonus_periods: list[MembershipOfferRateBonusPeriod] | Unset = UNSET
    if _rate_bonus_periods is not UNSET:
        rate_bonus_periods = []
        for rate_bonus_periods_item_data in _rate_bonus_periods:
            rate_bonus_periods_item = MembershipOfferRateBonusPeriod.from_dict(rate_bonus_periods_item_data)

            rate_bonus_periods.append(rate_bonus_periods_item)

    return rate_bonus_periods


def _parse_rate_start_price(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("rateStartPrice", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _rate_start_price = _source
    rate_start_price: Money | Unset
    if isinstance(_rate_start_price, Unset):
        rate_start_price = UNSET
    else:
        rate_start_price = Money.from_dict(_rate_start_price)

    return rate_start_price


def _parse_optional_modules(d: dict[str, Any]) -> list[MembershipOfferModule] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("optionalModules", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _optional_modules = _source
    optional_modules: list[MembershipOfferModule] | Unset = UNSET
    if _optional_modules is not UNSET:
        optional_modules = []
        for optional_modules_item_data in _optional_modules:
            optional_modules_item = MembershipOfferModule.from_dict(optional_modules_item_data)

            optional_modules.append(optional_modules_item)

    return optional_modules


def _parse_term_after_extension(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("termAfterExtension", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _term_after_extension = _source
    term_after_extension: Term | Unset
    if isinstance(_term_after_extension, Unset):
        term_after_extension = UNSET
    else:
        term_after_extension = Term.from_dict(_term_after_extension)

    return term_after_extension


def _parse_price_after_extension(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("priceAfterExtension", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _price_after_extension = _source
    price_after_extension: Money | Unset
    if isinstance(_price_after_extension, Unset):
        price_after_extension = UNSET
    else:
        price_after_extension = Money.from_dict(_price_after_extension)

    return price_after_extension


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


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipOfferTermExtended,
    (
        ("id", "id", _parse_id, int),
        ("flat_fees", "flatFees", _parse_flat_fees, None),
        ("extension_type", "extensionType", _parse_extension_type, None),
        ("cancelation_strategy", "cancelationStrategy", _parse_cancelation_strategy, None),
        ("payment_frequency", "paymentFrequency", _parse_payment_frequency, None),
        ("contract_volume_information", "contractVolumeInformation", _parse_contract_volume_information, None),
        ("extension_term", "extensionTerm", _parse_extension_term, None),
        ("default_contract_start_date", "defaultContractStartDate", _parse_default_contract_start_date, None),
        (
            "default_contract_start_date_of_use",
            "defaultContractStartDateOfUse",
            _parse_default_contract_start_date_of_use,
            None,
        ),
        ("price_adjustment_rules", "priceAdjustmentRules", _parse_price_adjustment_rules, None),
        ("extension_fixed_term", "extensionFixedTerm", _parse_extension_fixed_term, None),
        ("subsequent_rate", "subsequentRate", _parse_subsequent_rate, None),
        ("cancelation_period", "cancelationPeriod", _parse_cancelation_period, None),
        ("extension_cancelation_period", "extensionCancelationPeriod", _parse_extension_cancelation_period, None),
        ("rate_bonus_periods", "rateBonusPeriods", _parse_rate_bonus_periods, None),
        ("rate_start_price", "rateStartPrice", _parse_rate_start_price, None),
        ("optional_modules", "optionalModules", _parse_optional_modules, None),
        ("term_after_extension", "termAfterExtension", _parse_term_after_extension, None),
        ("price_after_extension", "priceAfterExtension", _parse_price_after_extension, None),
        ("term", "term", _parse_term, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.idle_period_configuration_idle_period_creation_status import (
    IdlePeriodConfigurationIdlePeriodCreationStatus,
)
from ..models.idle_period_configuration_reference_period import IdlePeriodConfigurationReferencePeriod
from ..models.idle_period_configuration_temporal_unit import IdlePeriodConfigurationTemporalUnit
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
    from ..models.idle_period_fee_calculation_config import IdlePeriodFeeCalculationConfig
    from ..models.idle_period_reason import IdlePeriodReason
    from ..models.money import Money
    from ..models.term import Term


T = TypeVar("T", bound="IdlePeriodConfiguration")


@_attrs_define(slots=False, repr=False, eq=False)
class IdlePeriodConfiguration:
    """
    Attributes:
        temporal_unit (IdlePeriodConfigurationTemporalUnit): Represents the temporal unit of an idle period
        max_terms (int): Maximum count of idle period terms Example: 6.
        first_possible_start_date (datetime.date): The first possible start date of the idle period Example: 2023-08-01.
        next_possible_start_date_only (bool):
        idle_period_fee (Money): Base price of the contract
        access_refusal (bool): Whether the studio access is refused for the customer during the idle period
        idle_period_reasons (list[IdlePeriodReason]): List of idle period reasons
        idle_period_creation_status (IdlePeriodConfigurationIdlePeriodCreationStatus): Status of the amendment
            configuration
        contract_has_extension (bool): Whether the idle period extends the original contract end date
        unlimited_allowed (bool): Whether the unlimited idle period can be created Example: True.
        free_terms (Term): Represents a term
        day_based_term_shortening_allowed (bool):
        idle_period_fee_calculation_config (IdlePeriodFeeCalculationConfig): Configuration for idle period fee
            calculation
        reference_period (IdlePeriodConfigurationReferencePeriod): Reference period of the term limits
        max_term_per_reference_period (int | Unset): Maximum number of terms per reference period
    """

    temporal_unit: IdlePeriodConfigurationTemporalUnit
    max_terms: int
    first_possible_start_date: datetime.date
    next_possible_start_date_only: bool
    idle_period_fee: Money
    access_refusal: bool
    idle_period_reasons: list[IdlePeriodReason]
    idle_period_creation_status: IdlePeriodConfigurationIdlePeriodCreationStatus
    contract_has_extension: bool
    unlimited_allowed: bool
    free_terms: Term
    day_based_term_shortening_allowed: bool
    idle_period_fee_calculation_config: IdlePeriodFeeCalculationConfig
    reference_period: IdlePeriodConfigurationReferencePeriod
    max_term_per_reference_period: int | Unset = UNSET
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
            temporal_unit = self.temporal_unit.value

            max_terms = self.max_terms

            first_possible_start_date = self.first_possible_start_date.isoformat()

            next_possible_start_date_only = self.next_possible_start_date_only

            idle_period_fee = self.idle_period_fee.to_dict()

            access_refusal = self.access_refusal

            idle_period_reasons = []
            for idle_period_reasons_item_data in self.idle_period_reasons:
                idle_period_reasons_item = idle_period_reasons_item_data.to_dict()
                idle_period_reasons.append(idle_period_reasons_item)

            idle_period_creation_status = self.idle_period_creation_status.value

            contract_has_extension = self.contract_has_extension

            unlimited_allowed = self.unlimited_allowed

            free_terms = self.free_terms.to_dict()

            day_based_term_shortening_allowed = self.day_based_term_shortening_allowed

            idle_period_fee_calculation_config = self.idle_period_fee_calculation_config.to_dict()

            reference_period = self.reference_period.value

            max_term_per_reference_period = self.max_term_per_reference_period

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "temporalUnit": temporal_unit,
                    "maxTerms": max_terms,
                    "firstPossibleStartDate": first_possible_start_date,
                    "nextPossibleStartDateOnly": next_possible_start_date_only,
                    "idlePeriodFee": idle_period_fee,
                    "accessRefusal": access_refusal,
                    "idlePeriodReasons": idle_period_reasons,
                    "idlePeriodCreationStatus": idle_period_creation_status,
                    "contractHasExtension": contract_has_extension,
                    "unlimitedAllowed": unlimited_allowed,
                    "freeTerms": free_terms,
                    "dayBasedTermShorteningAllowed": day_based_term_shortening_allowed,
                    "idlePeriodFeeCalculationConfig": idle_period_fee_calculation_config,
                    "referencePeriod": reference_period,
                }
            )
            if max_term_per_reference_period is not UNSET:
                field_dict["maxTermPerReferencePeriod"] = max_term_per_reference_period

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
        "temporalUnit",
        "maxTerms",
        "firstPossibleStartDate",
        "nextPossibleStartDateOnly",
        "idlePeriodFee",
        "accessRefusal",
        "idlePeriodReasons",
        "idlePeriodCreationStatus",
        "contractHasExtension",
        "unlimitedAllowed",
        "freeTerms",
        "dayBasedTermShorteningAllowed",
        "idlePeriodFeeCalculationConfig",
        "referencePeriod",
        "maxTermPerReferencePeriod",
    }
)
_IdlePeriodConfigurationTemporalUnit_BY_VALUE = enum_members(IdlePeriodConfigurationTemporalUnit)
_IdlePeriodConfigurationIdlePeriodCreationStatus_BY_VALUE = enum_members(
    IdlePeriodConfigurationIdlePeriodCreationStatus
)
_IdlePeriodConfigurationReferencePeriod_BY_VALUE = enum_members(IdlePeriodConfigurationReferencePeriod)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.idle_period_fee_calculation_config import IdlePeriodFeeCalculationConfig  # noqa: PLC0415
    from ..models.idle_period_reason import IdlePeriodReason  # noqa: PLC0415
    from ..models.money import Money  # noqa: PLC0415
    from ..models.term import Term  # noqa: PLC0415

    globals().update(
        {
            "IdlePeriodFeeCalculationConfig": IdlePeriodFeeCalculationConfig,
            "IdlePeriodReason": IdlePeriodReason,
            "Money": Money,
            "Term": Term,
        }
    )
    _nested_resolved = True


def _parse_temporal_unit(d: dict[str, Any]) -> IdlePeriodConfigurationTemporalUnit:
    _source = d["temporalUnit"]
    try:
        return _IdlePeriodConfigurationTemporalUnit_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return IdlePeriodConfigurationTemporalUnit(_source)


def _parse_max_terms(d: dict[str, Any]) -> int:
    _source: int = d["maxTerms"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_first_possible_start_date(d: dict[str, Any]) -> datetime.date:
    _source = d["firstPossibleStartDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    first_possible_start_date = datetime.date.fromisoformat(_source)

    return first_possible_start_date


def _parse_next_possible_start_date_only(d: dict[str, Any]) -> bool:
    _source: bool = d["nextPossibleStartDateOnly"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_idle_period_fee(d: dict[str, Any]) -> Money:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["idlePeriodFee"]
    idle_period_fee = Money.from_dict(_source)

    return idle_period_fee


def _parse_access_refusal(d: dict[str, Any]) -> bool:
    _source: bool = d["accessRefusal"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_idle_period_reasons(d: dict[str, Any]) -> list[IdlePeriodReason]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["idlePeriodReasons"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    idle_period_reasons = []
    _idle_period_reasons = _source
    for idle_period_reasons_item_data in _idle_period_reasons:
        idle_period_reasons_item = IdlePeriodReason.from_dict(idle_period_reasons_item_data)

        idle_period_reasons.append(idle_period_reasons_item)

    return idle_period_reasons


def _parse_idle_period_creation_status(d: dict[str, Any]) -> IdlePeriodConfigurationIdlePeriodCreationStatus:
    _source = d["idlePeriodCreationStatus"]
    try:
        return _IdlePeriodConfigurationIdlePeriodCreationStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return IdlePeriodConfigurationIdlePeriodCreationStatus(_source)


def _parse_contract_has_extension(d: dict[str, Any]) -> bool:
    _source: bool = d["contractHasExtension"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_unlimited_allowed(d: dict[str, Any]) -> bool:
    _source: bool = d["unlimitedAllowed"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_free_terms(d: dict[str, Any]) -> Term:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["freeTerms"]
    free_terms = Term.from_dict(_source)

    return free_terms


def _parse_day_based_term_shortening_allowed(d: dict[str, Any]) -> bool:
    _source: bool = d["dayBasedTermShorteningAllowed"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_idle_period_fee_calculation_config(d: dict[str, Any]) -> IdlePeriodFeeCalculationConfig:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["idlePeriodFeeCalculationConfig"]
    idle_period_fee_calculation_config = IdlePeriodFeeCalculationConfig.from_dict(_source)

    return idle_period_fee_calculation_config


def _parse_reference_period(d: dict[str, Any]) -> IdlePeriodConfigurationReferencePeriod:
    _source = d["referencePeriod"]
    try:
        return _IdlePeriodConfigurationReferencePeriod_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return IdlePeriodConfigurationReferencePeriod(_source)


def _parse_max_term_per_reference_period(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("maxTermPerReferencePeriod", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    IdlePeriodConfiguration,
    (
        ("temporal_unit", "temporalUnit", _parse_temporal_unit, None),
        ("max_terms", "maxTerms", _parse_max_terms, int),
        ("first_possible_start_date", "firstPossibleStartDate", _parse_first_possible_start_date, None),
        ("next_possible_start_date_only", "nextPossibleStartDateOnly", _parse_next_possible_start_date_only, bool),
        ("idle_period_fee", "idlePeriodFee", _parse_idle_period_fee, None),
        ("access_refusal", "accessRefusal", _parse_access_refusal, bool),
        ("idle_period_reasons", "idlePeriodReasons", _parse_idle_period_reasons, None),
        ("idle_period_creation_status", "idlePeriodCreationStatus", _parse_idle_period_creation_status, None),
        ("contract_has_extension", "contractHasExtension", _parse_contract_has_extension, bool),
        ("unlimited_allowed", "unlimitedAllowed", _parse_unlimited_allowed, bool),
        ("free_terms", "freeTerms", _parse_free_terms, None),
        (
            "day_based_term_shortening_allowed",
            "dayBasedTermShorteningAllowed",
            _parse_day_based_term_shortening_allowed,
            bool,
        ),
        (
            "idle_period_fee_calculation_config",
            "idlePeriodFeeCalculationConfig",
            _parse_idle_period_fee_calculation_config,
            None,
        ),
        ("reference_period", "referencePeriod", _parse_reference_period, None),
        ("max_term_per_reference_period", "maxTermPerReferencePeriod", _parse_max_term_per_reference_period, int),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

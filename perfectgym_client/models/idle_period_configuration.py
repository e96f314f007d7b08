from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.idle_period_configuration_idle_period_creation_status import (
    IdlePeriodConfigurationIdlePeriodCreationStatus,
)
from ..models.idle_period_configuration_reference_period import IdlePeriodConfigurationReferencePeriod
from ..models.idle_period_configuration_temporal_unit import IdlePeriodConfigurationTemporalUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.idle_period_fee_calculation_config import IdlePeriodFeeCalculationConfig
    from ..models.idle_period_reason import IdlePeriodReason
    from ..models.money import Money
    from ..models.term import Term


T = TypeVar("T", bound="IdlePeriodConfiguration")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "maxTermPerReferencePeriod",
    }
)


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.idle_period_fee_calculation_config import IdlePeriodFeeCalculationConfig  # noqa: PLC0415
        from ..models.idle_period_reason import IdlePeriodReason  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        temporal_unit = IdlePeriodConfigurationTemporalUnit(d.pop("temporalUnit"))

        max_terms = d.pop("maxTerms")

        first_possible_start_date = datetime.date.fromisoformat(d.pop("firstPossibleStartDate"))

        next_possible_start_date_only = d.pop("nextPossibleStartDateOnly")

        idle_period_fee = Money.from_dict(d.pop("idlePeriodFee"))

        access_refusal = d.pop("accessRefusal")

        idle_period_reasons = []
        _idle_period_reasons = d.pop("idlePeriodReasons")
        for idle_period_reasons_item_data in _idle_period_reasons:
            idle_period_reasons_item = IdlePeriodReason.from_dict(idle_period_reasons_item_data)

            idle_period_reasons.append(idle_period_reasons_item)

        idle_period_creation_status = IdlePeriodConfigurationIdlePeriodCreationStatus(d.pop("idlePeriodCreationStatus"))

        contract_has_extension = d.pop("contractHasExtension")

        unlimited_allowed = d.pop("unlimitedAllowed")

        free_terms = Term.from_dict(d.pop("freeTerms"))

        day_based_term_shortening_allowed = d.pop("dayBasedTermShorteningAllowed")

        idle_period_fee_calculation_config = IdlePeriodFeeCalculationConfig.from_dict(
            d.pop("idlePeriodFeeCalculationConfig")
        )

        reference_period = IdlePeriodConfigurationReferencePeriod(d.pop("referencePeriod"))

        max_term_per_reference_period = d.pop("maxTermPerReferencePeriod", UNSET)

        _obj = cls(
            temporal_unit=temporal_unit,
            max_terms=max_terms,
            first_possible_start_date=first_possible_start_date,
            next_possible_start_date_only=next_possible_start_date_only,
            idle_period_fee=idle_period_fee,
            access_refusal=access_refusal,
            idle_period_reasons=idle_period_reasons,
            idle_period_creation_status=idle_period_creation_status,
            contract_has_extension=contract_has_extension,
            unlimited_allowed=unlimited_allowed,
            free_terms=free_terms,
            day_based_term_shortening_allowed=day_based_term_shortening_allowed,
            idle_period_fee_calculation_config=idle_period_fee_calculation_config,
            reference_period=reference_period,
            max_term_per_reference_period=max_term_per_reference_period,
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

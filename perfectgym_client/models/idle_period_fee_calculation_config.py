from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.idle_period_fee_calculation_config_default_temporal_unit import (
    IdlePeriodFeeCalculationConfigDefaultTemporalUnit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="IdlePeriodFeeCalculationConfig")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "idlePeriodAmountPerTermUnit",
        "defaultTemporalUnit",
        "dynamicIdlePeriodAmountPercentage",
        "recurringIdlePeriodCharges",
    }
)


@_attrs_define
class IdlePeriodFeeCalculationConfig:
    """Configuration for idle period fee calculation

    Attributes:
        idle_period_amount (Money): Base price of the contract
        idle_period_amount_per_term_unit (Money | Unset): Base price of the contract
        default_temporal_unit (IdlePeriodFeeCalculationConfigDefaultTemporalUnit | Unset): The default temporal unit for
            the idle period
        dynamic_idle_period_amount_percentage (float | Unset): The dynamic idle period amount percentage Example: 10.
        recurring_idle_period_charges (bool | Unset): Indicates whether recurring idle period charges are enabled
    """

    idle_period_amount: Money
    idle_period_amount_per_term_unit: Money | Unset = UNSET
    default_temporal_unit: IdlePeriodFeeCalculationConfigDefaultTemporalUnit | Unset = UNSET
    dynamic_idle_period_amount_percentage: float | Unset = UNSET
    recurring_idle_period_charges: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idle_period_amount = self.idle_period_amount.to_dict()

        idle_period_amount_per_term_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.idle_period_amount_per_term_unit, Unset):
            idle_period_amount_per_term_unit = self.idle_period_amount_per_term_unit.to_dict()

        default_temporal_unit: str | Unset = UNSET
        if not isinstance(self.default_temporal_unit, Unset):
            default_temporal_unit = self.default_temporal_unit.value

        dynamic_idle_period_amount_percentage = self.dynamic_idle_period_amount_percentage

        recurring_idle_period_charges = self.recurring_idle_period_charges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "idlePeriodAmount": idle_period_amount,
            }
        )
        if idle_period_amount_per_term_unit is not UNSET:
            field_dict["idlePeriodAmountPerTermUnit"] = idle_period_amount_per_term_unit
        if default_temporal_unit is not UNSET:
            field_dict["defaultTemporalUnit"] = default_temporal_unit
        if dynamic_idle_period_amount_percentage is not UNSET:
            field_dict["dynamicIdlePeriodAmountPercentage"] = dynamic_idle_period_amount_percentage
        if recurring_idle_period_charges is not UNSET:
            field_dict["recurringIdlePeriodCharges"] = recurring_idle_period_charges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        idle_period_amount = Money.from_dict(d.pop("idlePeriodAmount"))

        _idle_period_amount_per_term_unit = d.pop("idlePeriodAmountPerTermUnit", UNSET)
        idle_period_amount_per_term_unit: Money | Unset
        if isinstance(_idle_period_amount_per_term_unit, Unset):
            idle_period_amount_per_term_unit = UNSET
        else:
            idle_period_amount_per_term_unit = Money.from_dict(_idle_period_amount_per_term_unit)

        _default_temporal_unit = d.pop("defaultTemporalUnit", UNSET)
        default_temporal_unit: IdlePeriodFeeCalculationConfigDefaultTemporalUnit | Unset
        if isinstance(_default_temporal_unit, Unset):
            default_temporal_unit = UNSET
        else:
            default_temporal_unit = IdlePeriodFeeCalculationConfigDefaultTemporalUnit(_default_temporal_unit)

        dynamic_idle_period_amount_percentage = d.pop("dynamicIdlePeriodAmountPercentage", UNSET)

        recurring_idle_period_charges = d.pop("recurringIdlePeriodCharges", UNSET)

        _obj = cls(
            idle_period_amount=idle_period_amount,
            idle_period_amount_per_term_unit=idle_period_amount_per_term_unit,
            default_temporal_unit=default_temporal_unit,
            dynamic_idle_period_amount_percentage=dynamic_idle_period_amount_percentage,
            recurring_idle_period_charges=recurring_idle_period_charges,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.idle_period_fee_calculation_config_default_temporal_unit import (
    IdlePeriodFeeCalculationConfigDefaultTemporalUnit,
)
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="IdlePeriodFeeCalculationConfig")


@_attrs_define(slots=False, repr=False, eq=False)
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
        "idlePeriodAmount",
        "idlePeriodAmountPerTermUnit",
        "defaultTemporalUnit",
        "dynamicIdlePeriodAmountPercentage",
        "recurringIdlePeriodCharges",
    }
)


def _parse_idle_period_amount(d: dict[str, Any]) -> Money:
    from ..models.money import Money  # noqa: PLC0415

    _source = d["idlePeriodAmount"]
    idle_period_amount = Money.from_dict(_source)

    return idle_period_amount


def _parse_idle_period_amount_per_term_unit(d: dict[str, Any]) -> Money | Unset:
    from ..models.money import Money  # noqa: PLC0415

    _source = d.get("idlePeriodAmountPerTermUnit", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _idle_period_amount_per_term_unit = _source
    idle_period_amount_per_term_unit: Money | Unset
    if isinstance(_idle_period_amount_per_term_unit, Unset):
        idle_period_amount_per_term_unit = UNSET
    else:
        idle_period_amount_per_term_unit = Money.from_dict(_idle_period_amount_per_term_unit)

    return idle_period_amount_per_term_unit


def _parse_default_temporal_unit(d: dict[str, Any]) -> IdlePeriodFeeCalculationConfigDefaultTemporalUnit | Unset:
    _source = d.get("defaultTemporalUnit", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _default_temporal_unit = _source
    default_temporal_unit: IdlePeriodFeeCalculationConfigDefaultTemporalUnit | Unset
    if isinstance(_default_temporal_unit, Unset):
        default_temporal_unit = UNSET
    else:
        default_temporal_unit = IdlePeriodFeeCalculationConfigDefaultTemporalUnit(_default_temporal_unit)

    return default_temporal_unit


def _parse_dynamic_idle_period_amount_percentage(d: dict[str, Any]) -> float | Unset:
    _source = d.get("dynamicIdlePeriodAmountPercentage", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, float)
    dynamic_idle_period_amount_percentage: float | Unset = _source
    return dynamic_idle_period_amount_percentage


def _parse_recurring_idle_period_charges(d: dict[str, Any]) -> bool | Unset:
    _source = d.get("recurringIdlePeriodCharges", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, bool)
    recurring_idle_period_charges: bool | Unset = _source
    return recurring_idle_period_charges


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "idle_period_amount": ("idlePeriodAmount", _parse_idle_period_amount),
    "idle_period_amount_per_term_unit": ("idlePeriodAmountPerTermUnit", _parse_idle_period_amount_per_term_unit),
    "default_temporal_unit": ("defaultTemporalUnit", _parse_default_temporal_unit),
    "dynamic_idle_period_amount_percentage": (
        "dynamicIdlePeriodAmountPercentage",
        _parse_dynamic_idle_period_amount_percentage,
    ),
    "recurring_idle_period_charges": ("recurringIdlePeriodCharges", _parse_recurring_idle_period_charges),
    "additional_properties": ("*", _parse_additional_properties),
}

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.idle_period_fee_calculation_config_default_temporal_unit import (
    IdlePeriodFeeCalculationConfigDefaultTemporalUnit,
)
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "idlePeriodAmount",
        "idlePeriodAmountPerTermUnit",
        "defaultTemporalUnit",
        "dynamicIdlePeriodAmountPercentage",
        "recurringIdlePeriodCharges",
    }
)
_IdlePeriodFeeCalculationConfigDefaultTemporalUnit_BY_VALUE = enum_members(
    IdlePeriodFeeCalculationConfigDefaultTemporalUnit
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.money import Money  # noqa: PLC0415

    globals().update(
        {
            "Money": Money,
        }
    )
    _nested_resolved = True


def _parse_idle_period_amount(d: dict[str, Any]) -> Money:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["idlePeriodAmount"]
    idle_period_amount = Money.from_dict(_source)

    return idle_period_amount


def _parse_idle_period_amount_per_term_unit(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _IdlePeriodFeeCalculationConfigDefaultTemporalUnit_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return IdlePeriodFeeCalculationConfigDefaultTemporalUnit(_source)


def _parse_dynamic_idle_period_amount_percentage(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("dynamicIdlePeriodAmountPercentage", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_recurring_idle_period_charges(d: dict[str, Any]) -> bool | Unset:
    _source: bool | Unset = d.get("recurringIdlePeriodCharges", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    IdlePeriodFeeCalculationConfig,
    (
        ("idle_period_amount", "idlePeriodAmount", _parse_idle_period_amount, None),
        (
            "idle_period_amount_per_term_unit",
            "idlePeriodAmountPerTermUnit",
            _parse_idle_period_amount_per_term_unit,
            None,
        ),
        ("default_temporal_unit", "defaultTemporalUnit", _parse_default_temporal_unit, None),
        (
            "dynamic_idle_period_amount_percentage",
            "dynamicIdlePeriodAmountPercentage",
            _parse_dynamic_idle_period_amount_percentage,
            float,
        ),
        ("recurring_idle_period_charges", "recurringIdlePeriodCharges", _parse_recurring_idle_period_charges, bool),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

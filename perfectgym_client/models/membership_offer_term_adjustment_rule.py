from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_offer_term_adjustment_rule_charge_adjustment_type import (
    MembershipOfferTermAdjustmentRuleChargeAdjustmentType,
)
from ..models.membership_offer_term_adjustment_rule_type import MembershipOfferTermAdjustmentRuleType
from ..types import (
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="MembershipOfferTermAdjustmentRule")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipOfferTermAdjustmentRule:
    """
    Attributes:
        default_description (str): A complete formatted sentence which contains all details about this price adjustment
            rule Example: Formatted description of price adjustment rule.
        value (str): Value of price adjustment rule, might be percentage or amount, depends on Example: 5%.
        recurrence_frequency (str): Recurrence of price adjustment rule, how often and when applies this rule Example:
            monthly.
        type_ (MembershipOfferTermAdjustmentRuleType): States how the rule adjusts the price
        charge_adjustment_type (MembershipOfferTermAdjustmentRuleChargeAdjustmentType): How the rule changes the price
    """

    default_description: str
    value: str
    recurrence_frequency: str
    type_: MembershipOfferTermAdjustmentRuleType
    charge_adjustment_type: MembershipOfferTermAdjustmentRuleChargeAdjustmentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_description = self.default_description

        value = self.value

        recurrence_frequency = self.recurrence_frequency

        type_ = self.type_.value

        charge_adjustment_type = self.charge_adjustment_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaultDescription": default_description,
                "value": value,
                "recurrenceFrequency": recurrence_frequency,
                "type": type_,
                "chargeAdjustmentType": charge_adjustment_type,
            }
        )

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
        "defaultDescription",
        "value",
        "recurrenceFrequency",
        "type",
        "chargeAdjustmentType",
    }
)


def _parse_default_description(d: dict[str, Any]) -> str:
    _source = d["defaultDescription"]
    expect_json_scalar(_source, str)
    default_description: str = _source
    return default_description


def _parse_value(d: dict[str, Any]) -> str:
    _source = d["value"]
    expect_json_scalar(_source, str)
    value: str = _source
    return value


def _parse_recurrence_frequency(d: dict[str, Any]) -> str:
    _source = d["recurrenceFrequency"]
    expect_json_scalar(_source, str)
    recurrence_frequency: str = _source
    return recurrence_frequency


def _parse_type_(d: dict[str, Any]) -> MembershipOfferTermAdjustmentRuleType:
    _source = d["type"]
    type_ = MembershipOfferTermAdjustmentRuleType(_source)

    return type_


def _parse_charge_adjustment_type(d: dict[str, Any]) -> MembershipOfferTermAdjustmentRuleChargeAdjustmentType:
    _source = d["chargeAdjustmentType"]
    charge_adjustment_type = MembershipOfferTermAdjustmentRuleChargeAdjustmentType(_source)

    return charge_adjustment_type


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "default_description": ("defaultDescription", _parse_default_description),
    "value": ("value", _parse_value),
    "recurrence_frequency": ("recurrenceFrequency", _parse_recurrence_frequency),
    "type_": ("type", _parse_type_),
    "charge_adjustment_type": ("chargeAdjustmentType", _parse_charge_adjustment_type),
    "additional_properties": ("*", _parse_additional_properties),
}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.membership_offer_term_adjustment_rule_charge_adjustment_type import (
    MembershipOfferTermAdjustmentRuleChargeAdjustmentType,
)
from ..models.membership_offer_term_adjustment_rule_type import MembershipOfferTermAdjustmentRuleType
from ..types import (
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
            default_description = self.default_description

            value = self.value

            recurrence_frequency = self.recurrence_frequency

            type_ = self.type_.value

            charge_adjustment_type = self.charge_adjustment_type.value

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "defaultDescription",
        "value",
        "recurrenceFrequency",
        "type",
        "chargeAdjustmentType",
    }
)
_MembershipOfferTermAdjustmentRuleType_BY_VALUE = enum_members(MembershipOfferTermAdjustmentRuleType)
_MembershipOfferTermAdjustmentRuleChargeAdjustmentType_BY_VALUE = enum_members(
    MembershipOfferTermAdjustmentRuleChargeAdjustmentType
)


def _parse_default_description(d: dict[str, Any]) -> str:
    _source: str = d["defaultDescription"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_value(d: dict[str, Any]) -> str:
    _source: str = d["value"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_recurrence_frequency(d: dict[str, Any]) -> str:
    _source: str = d["recurrenceFrequency"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_type_(d: dict[str, Any]) -> MembershipOfferTermAdjustmentRuleType:
    _source = d["type"]
    try:
        return _MembershipOfferTermAdjustmentRuleType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return MembershipOfferTermAdjustmentRuleType(_source)


def _parse_charge_adjustment_type(d: dict[str, Any]) -> MembershipOfferTermAdjustmentRuleChargeAdjustmentType:
    _source = d["chargeAdjustmentType"]
    try:
        return _MembershipOfferTermAdjustmentRuleChargeAdjustmentType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return MembershipOfferTermAdjustmentRuleChargeAdjustmentType(_source)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipOfferTermAdjustmentRule,
    (
        ("default_description", "defaultDescription", _parse_default_description, str),
        ("value", "value", _parse_value, str),
        ("recurrence_frequency", "recurrenceFrequency", _parse_recurrence_frequency, str),
        ("type_", "type", _parse_type_, None),
        ("charge_adjustment_type", "chargeAdjustmentType", _parse_charge_adjustment_type, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

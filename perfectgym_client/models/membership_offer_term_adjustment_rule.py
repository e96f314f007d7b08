from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_offer_term_adjustment_rule_charge_adjustment_type import (
    MembershipOfferTermAdjustmentRuleChargeAdjustmentType,
)
from ..models.membership_offer_term_adjustment_rule_type import MembershipOfferTermAdjustmentRuleType

T = TypeVar("T", bound="MembershipOfferTermAdjustmentRule")


@_attrs_define
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
        d = dict(src_dict)
        default_description = d.pop("defaultDescription")

        value = d.pop("value")

        recurrence_frequency = d.pop("recurrenceFrequency")

        type_ = MembershipOfferTermAdjustmentRuleType(d.pop("type"))

        charge_adjustment_type = MembershipOfferTermAdjustmentRuleChargeAdjustmentType(d.pop("chargeAdjustmentType"))

        _obj = cls(
            default_description=default_description,
            value=value,
            recurrence_frequency=recurrence_frequency,
            type_=type_,
            charge_adjustment_type=charge_adjustment_type,
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

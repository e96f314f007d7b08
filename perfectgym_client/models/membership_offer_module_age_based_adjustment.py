from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_offer_module_age_based_adjustment_type import MembershipOfferModuleAgeBasedAdjustmentType

if TYPE_CHECKING:
    from ..models.age_range import AgeRange


T = TypeVar("T", bound="MembershipOfferModuleAgeBasedAdjustment")


@_attrs_define
class MembershipOfferModuleAgeBasedAdjustment:
    """
    Attributes:
        age_range (AgeRange): Represents an age range
        value (float): Adjustment value, read according to type Example: 10.
        type_ (MembershipOfferModuleAgeBasedAdjustmentType): Age based adjustment type
    """

    age_range: AgeRange
    value: float
    type_: MembershipOfferModuleAgeBasedAdjustmentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_range = self.age_range.to_dict()

        value = self.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ageRange": age_range,
                "value": value,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.age_range import AgeRange  # noqa: PLC0415

        d = dict(src_dict)
        age_range = AgeRange.from_dict(d.pop("ageRange"))

        value = d.pop("value")

        type_ = MembershipOfferModuleAgeBasedAdjustmentType(d.pop("type"))

        _obj = cls(
            age_range=age_range,
            value=value,
            type_=type_,
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

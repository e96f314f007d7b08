from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency


T = TypeVar("T", bound="MembershipOfferSubsequentRate")


@_attrs_define
class MembershipOfferSubsequentRate:
    """Represents a subsequent rate for a membership offer

    Attributes:
        name (str): Name of the subsequent rate Example: Combined fitness and wellness.
        payment_frequency (MembershipOfferPaymentFrequency): Represents the payment frequency
    """

    name: str
    payment_frequency: MembershipOfferPaymentFrequency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        payment_frequency = self.payment_frequency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "paymentFrequency": payment_frequency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        payment_frequency = MembershipOfferPaymentFrequency.from_dict(d.pop("paymentFrequency"))

        _obj = cls(
            name=name,
            payment_frequency=payment_frequency,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AdditionalModuleContractRequest")


@_attrs_define
class AdditionalModuleContractRequest:
    """
    Attributes:
        additional_module_id (int): Unique ID of the additional module Example: 203.
        payment_frequency_id (int): Unique ID of the payment frequency of the additional module Example: 203.
        book_trial_period (bool): Describes whether a trial period should be booked Example: True.
    """

    additional_module_id: int
    payment_frequency_id: int
    book_trial_period: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_module_id = self.additional_module_id

        payment_frequency_id = self.payment_frequency_id

        book_trial_period = self.book_trial_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "additionalModuleId": additional_module_id,
                "paymentFrequencyId": payment_frequency_id,
                "bookTrialPeriod": book_trial_period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        additional_module_id = d.pop("additionalModuleId")

        payment_frequency_id = d.pop("paymentFrequencyId")

        book_trial_period = d.pop("bookTrialPeriod")

        _obj = cls(
            additional_module_id=additional_module_id,
            payment_frequency_id=payment_frequency_id,
            book_trial_period=book_trial_period,
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

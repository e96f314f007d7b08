from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lead_data import LeadData


T = TypeVar("T", bound="TrialOfferLeadCustomerCreationRequest")


@_attrs_define
class TrialOfferLeadCustomerCreationRequest:
    """
    Attributes:
        lead_customer_data (LeadData): Full Lead customer data with address
        trial_offer_config_id (int): The ID of the trial offer config Example: 1.
    """

    lead_customer_data: LeadData
    trial_offer_config_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_customer_data = self.lead_customer_data.to_dict()

        trial_offer_config_id = self.trial_offer_config_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leadCustomerData": lead_customer_data,
                "trialOfferConfigId": trial_offer_config_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lead_data import LeadData  # noqa: PLC0415

        d = dict(src_dict)
        lead_customer_data = LeadData.from_dict(d.pop("leadCustomerData"))

        trial_offer_config_id = d.pop("trialOfferConfigId")

        _obj = cls(
            lead_customer_data=lead_customer_data,
            trial_offer_config_id=trial_offer_config_id,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.communication_preference import CommunicationPreference
    from ..models.lead_additional_information import LeadAdditionalInformation
    from ..models.lead_customer_address import LeadCustomerAddress
    from ..models.lead_customer_data import LeadCustomerData


T = TypeVar("T", bound="LeadCreationRequest")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "address",
        "communicationPreferences",
        "additionalInformation",
        "notes",
        "externalIdentifier",
    }
)


@_attrs_define
class LeadCreationRequest:
    """
    Attributes:
        lead_customer (LeadCustomerData): Lead customer information
        address (LeadCustomerAddress | Unset): Representing lead customer address data with mandatory fields
        communication_preferences (list[CommunicationPreference] | Unset): List of the communication preferences of the
            lead
        additional_information (list[LeadAdditionalInformation] | Unset): List of the the additional information about
            the lead
        notes (str | Unset): Any notes about the lead Example: Free trials and classes.
        external_identifier (str | Unset): The external ID of the Campaign associated with the lead Example: CMPGN-123.
    """

    lead_customer: LeadCustomerData
    address: LeadCustomerAddress | Unset = UNSET
    communication_preferences: list[CommunicationPreference] | Unset = UNSET
    additional_information: list[LeadAdditionalInformation] | Unset = UNSET
    notes: str | Unset = UNSET
    external_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_customer = self.lead_customer.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        communication_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.communication_preferences, Unset):
            communication_preferences = []
            for communication_preferences_item_data in self.communication_preferences:
                communication_preferences_item = communication_preferences_item_data.to_dict()
                communication_preferences.append(communication_preferences_item)

        additional_information: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_information, Unset):
            additional_information = []
            for additional_information_item_data in self.additional_information:
                additional_information_item = additional_information_item_data.to_dict()
                additional_information.append(additional_information_item)

        notes = self.notes

        external_identifier = self.external_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leadCustomer": lead_customer,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if communication_preferences is not UNSET:
            field_dict["communicationPreferences"] = communication_preferences
        if additional_information is not UNSET:
            field_dict["additionalInformation"] = additional_information
        if notes is not UNSET:
            field_dict["notes"] = notes
        if external_identifier is not UNSET:
            field_dict["externalIdentifier"] = external_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.communication_preference import CommunicationPreference  # noqa: PLC0415
        from ..models.lead_additional_information import LeadAdditionalInformation  # noqa: PLC0415
        from ..models.lead_customer_address import LeadCustomerAddress  # noqa: PLC0415
        from ..models.lead_customer_data import LeadCustomerData  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        lead_customer = LeadCustomerData.from_dict(d.pop("leadCustomer"))

        _address = d.pop("address", UNSET)
        address: LeadCustomerAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = LeadCustomerAddress.from_dict(_address)

        _communication_preferences = d.pop("communicationPreferences", UNSET)
        communication_preferences: list[CommunicationPreference] | Unset = UNSET
        if _communication_preferences is not UNSET:
            communication_preferences = []
            for communication_preferences_item_data in _communication_preferences:
                communication_preferences_item = CommunicationPreference.from_dict(communication_preferences_item_data)

                communication_preferences.append(communication_preferences_item)

        _additional_information = d.pop("additionalInformation", UNSET)
        additional_information: list[LeadAdditionalInformation] | Unset = UNSET
        if _additional_information is not UNSET:
            additional_information = []
            for additional_information_item_data in _additional_information:
                additional_information_item = LeadAdditionalInformation.from_dict(additional_information_item_data)

                additional_information.append(additional_information_item)

        notes = d.pop("notes", UNSET)

        external_identifier = d.pop("externalIdentifier", UNSET)

        _obj = cls(
            lead_customer=lead_customer,
            address=address,
            communication_preferences=communication_preferences,
            additional_information=additional_information,
            notes=notes,
            external_identifier=external_identifier,
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

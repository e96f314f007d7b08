from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_config_address_mode import LeadConfigAddressMode
from ..models.lead_config_date_of_birth_mode import LeadConfigDateOfBirthMode
from ..models.lead_config_gender_mode import LeadConfigGenderMode
from ..models.lead_config_telephone_mode import LeadConfigTelephoneMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.communication_preference import CommunicationPreference
    from ..models.lead_additional_field_configuration import LeadAdditionalFieldConfiguration


T = TypeVar("T", bound="LeadConfig")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "additionalInformation",
        "communicationPreferences",
    }
)


@_attrs_define
class LeadConfig:
    """
    Attributes:
        address_mode (LeadConfigAddressMode): Represents the mode of an input field
        date_of_birth_mode (LeadConfigDateOfBirthMode): Represents the mode of an input field
        gender_mode (LeadConfigGenderMode): Represents the mode of an input field
        telephone_mode (LeadConfigTelephoneMode): Represents the mode of an input field
        additional_information (list[LeadAdditionalFieldConfiguration] | Unset): List of the additional information
            fields configured for leads
        communication_preferences (list[CommunicationPreference] | Unset): List of the message categories with
            communication channels configured for leads
    """

    address_mode: LeadConfigAddressMode
    date_of_birth_mode: LeadConfigDateOfBirthMode
    gender_mode: LeadConfigGenderMode
    telephone_mode: LeadConfigTelephoneMode
    additional_information: list[LeadAdditionalFieldConfiguration] | Unset = UNSET
    communication_preferences: list[CommunicationPreference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_mode = self.address_mode.value

        date_of_birth_mode = self.date_of_birth_mode.value

        gender_mode = self.gender_mode.value

        telephone_mode = self.telephone_mode.value

        additional_information: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_information, Unset):
            additional_information = []
            for additional_information_item_data in self.additional_information:
                additional_information_item = additional_information_item_data.to_dict()
                additional_information.append(additional_information_item)

        communication_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.communication_preferences, Unset):
            communication_preferences = []
            for communication_preferences_item_data in self.communication_preferences:
                communication_preferences_item = communication_preferences_item_data.to_dict()
                communication_preferences.append(communication_preferences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressMode": address_mode,
                "dateOfBirthMode": date_of_birth_mode,
                "genderMode": gender_mode,
                "telephoneMode": telephone_mode,
            }
        )
        if additional_information is not UNSET:
            field_dict["additionalInformation"] = additional_information
        if communication_preferences is not UNSET:
            field_dict["communicationPreferences"] = communication_preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.communication_preference import CommunicationPreference  # noqa: PLC0415
        from ..models.lead_additional_field_configuration import LeadAdditionalFieldConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        address_mode = LeadConfigAddressMode(d.pop("addressMode"))

        date_of_birth_mode = LeadConfigDateOfBirthMode(d.pop("dateOfBirthMode"))

        gender_mode = LeadConfigGenderMode(d.pop("genderMode"))

        telephone_mode = LeadConfigTelephoneMode(d.pop("telephoneMode"))

        _additional_information = d.pop("additionalInformation", UNSET)
        additional_information: list[LeadAdditionalFieldConfiguration] | Unset = UNSET
        if _additional_information is not UNSET:
            additional_information = []
            for additional_information_item_data in _additional_information:
                additional_information_item = LeadAdditionalFieldConfiguration.from_dict(
                    additional_information_item_data
                )

                additional_information.append(additional_information_item)

        _communication_preferences = d.pop("communicationPreferences", UNSET)
        communication_preferences: list[CommunicationPreference] | Unset = UNSET
        if _communication_preferences is not UNSET:
            communication_preferences = []
            for communication_preferences_item_data in _communication_preferences:
                communication_preferences_item = CommunicationPreference.from_dict(communication_preferences_item_data)

                communication_preferences.append(communication_preferences_item)

        _obj = cls(
            address_mode=address_mode,
            date_of_birth_mode=date_of_birth_mode,
            gender_mode=gender_mode,
            telephone_mode=telephone_mode,
            additional_information=additional_information,
            communication_preferences=communication_preferences,
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

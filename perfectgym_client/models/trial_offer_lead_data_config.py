from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trial_offer_lead_data_config_address_mode import TrialOfferLeadDataConfigAddressMode
from ..models.trial_offer_lead_data_config_date_of_birth_mode import TrialOfferLeadDataConfigDateOfBirthMode
from ..models.trial_offer_lead_data_config_gender_mode import TrialOfferLeadDataConfigGenderMode
from ..models.trial_offer_lead_data_config_telephone_mode import TrialOfferLeadDataConfigTelephoneMode

T = TypeVar("T", bound="TrialOfferLeadDataConfig")


@_attrs_define
class TrialOfferLeadDataConfig:
    """The trial offer lead data configuration

    Attributes:
        trial_offer_lead_data_config_id (int): The ID of the trial offer lead data config Example: 1.
        gender_mode (TrialOfferLeadDataConfigGenderMode): Represents the mode of an input field
        date_of_birth_mode (TrialOfferLeadDataConfigDateOfBirthMode): Represents the mode of an input field
        telephone_mode (TrialOfferLeadDataConfigTelephoneMode): Represents the mode of an input field
        address_mode (TrialOfferLeadDataConfigAddressMode): Represents the mode of an input field
    """

    trial_offer_lead_data_config_id: int
    gender_mode: TrialOfferLeadDataConfigGenderMode
    date_of_birth_mode: TrialOfferLeadDataConfigDateOfBirthMode
    telephone_mode: TrialOfferLeadDataConfigTelephoneMode
    address_mode: TrialOfferLeadDataConfigAddressMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_offer_lead_data_config_id = self.trial_offer_lead_data_config_id

        gender_mode = self.gender_mode.value

        date_of_birth_mode = self.date_of_birth_mode.value

        telephone_mode = self.telephone_mode.value

        address_mode = self.address_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trialOfferLeadDataConfigId": trial_offer_lead_data_config_id,
                "genderMode": gender_mode,
                "dateOfBirthMode": date_of_birth_mode,
                "telephoneMode": telephone_mode,
                "addressMode": address_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trial_offer_lead_data_config_id = d.pop("trialOfferLeadDataConfigId")

        gender_mode = TrialOfferLeadDataConfigGenderMode(d.pop("genderMode"))

        date_of_birth_mode = TrialOfferLeadDataConfigDateOfBirthMode(d.pop("dateOfBirthMode"))

        telephone_mode = TrialOfferLeadDataConfigTelephoneMode(d.pop("telephoneMode"))

        address_mode = TrialOfferLeadDataConfigAddressMode(d.pop("addressMode"))

        _obj = cls(
            trial_offer_lead_data_config_id=trial_offer_lead_data_config_id,
            gender_mode=gender_mode,
            date_of_birth_mode=date_of_birth_mode,
            telephone_mode=telephone_mode,
            address_mode=address_mode,
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

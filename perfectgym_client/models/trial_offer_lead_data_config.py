from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trial_offer_lead_data_config_address_mode import TrialOfferLeadDataConfigAddressMode
from ..models.trial_offer_lead_data_config_date_of_birth_mode import TrialOfferLeadDataConfigDateOfBirthMode
from ..models.trial_offer_lead_data_config_gender_mode import TrialOfferLeadDataConfigGenderMode
from ..models.trial_offer_lead_data_config_telephone_mode import TrialOfferLeadDataConfigTelephoneMode
from ..types import (
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="TrialOfferLeadDataConfig")


@_attrs_define(slots=False, repr=False, eq=False)
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
        "trialOfferLeadDataConfigId",
        "genderMode",
        "dateOfBirthMode",
        "telephoneMode",
        "addressMode",
    }
)


def _parse_trial_offer_lead_data_config_id(d: dict[str, Any]) -> int:
    _source = d["trialOfferLeadDataConfigId"]
    expect_json_scalar(_source, int)
    trial_offer_lead_data_config_id: int = _source
    return trial_offer_lead_data_config_id


def _parse_gender_mode(d: dict[str, Any]) -> TrialOfferLeadDataConfigGenderMode:
    _source = d["genderMode"]
    gender_mode = TrialOfferLeadDataConfigGenderMode(_source)

    return gender_mode


def _parse_date_of_birth_mode(d: dict[str, Any]) -> TrialOfferLeadDataConfigDateOfBirthMode:
    _source = d["dateOfBirthMode"]
    date_of_birth_mode = TrialOfferLeadDataConfigDateOfBirthMode(_source)

    return date_of_birth_mode


def _parse_telephone_mode(d: dict[str, Any]) -> TrialOfferLeadDataConfigTelephoneMode:
    _source = d["telephoneMode"]
    telephone_mode = TrialOfferLeadDataConfigTelephoneMode(_source)

    return telephone_mode


def _parse_address_mode(d: dict[str, Any]) -> TrialOfferLeadDataConfigAddressMode:
    _source = d["addressMode"]
    address_mode = TrialOfferLeadDataConfigAddressMode(_source)

    return address_mode


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "trial_offer_lead_data_config_id": ("trialOfferLeadDataConfigId", _parse_trial_offer_lead_data_config_id),
    "gender_mode": ("genderMode", _parse_gender_mode),
    "date_of_birth_mode": ("dateOfBirthMode", _parse_date_of_birth_mode),
    "telephone_mode": ("telephoneMode", _parse_telephone_mode),
    "address_mode": ("addressMode", _parse_address_mode),
    "additional_properties": ("*", _parse_additional_properties),
}

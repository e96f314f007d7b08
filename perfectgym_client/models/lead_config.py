from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_config_address_mode import LeadConfigAddressMode
from ..models.lead_config_date_of_birth_mode import LeadConfigDateOfBirthMode
from ..models.lead_config_gender_mode import LeadConfigGenderMode
from ..models.lead_config_telephone_mode import LeadConfigTelephoneMode
from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.communication_preference import CommunicationPreference
    from ..models.lead_additional_field_configuration import LeadAdditionalFieldConfiguration


T = TypeVar("T", bound="LeadConfig")


@_attrs_define(slots=False, repr=False, eq=False)
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
        "addressMode",
        "dateOfBirthMode",
        "genderMode",
        "telephoneMode",
        "additionalInformation",
        "communicationPreferences",
    }
)


def _parse_address_mode(d: dict[str, Any]) -> LeadConfigAddressMode:
    _source = d["addressMode"]
    address_mode = LeadConfigAddressMode(_source)

    return address_mode


def _parse_date_of_birth_mode(d: dict[str, Any]) -> LeadConfigDateOfBirthMode:
    _source = d["dateOfBirthMode"]
    date_of_birth_mode = LeadConfigDateOfBirthMode(_source)

    return date_of_birth_mode


def _parse_gender_mode(d: dict[str, Any]) -> LeadConfigGenderMode:
    _source = d["genderMode"]
    gender_mode = LeadConfigGenderMode(_source)

    return gender_mode


def _parse_telephone_mode(d: dict[str, Any]) -> LeadConfigTelephoneMode:
    _source = d["telephoneMode"]
    telephone_mode = LeadConfigTelephoneMode(_source)

    return telephone_mode


def _parse_additional_information(d: dict[str, Any]) -> list[LeadAdditionalFieldConfiguration] | Unset:
    from ..models.lead_additional_field_configuration import LeadAdditionalFieldConfiguration  # noqa: PLC0415

    _source = d.get("additionalInformation", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_array(_source)
    _additional_information = _source
    additional_information: list[LeadAdditionalFieldConfiguration] | Unset = UNSET
    if _additional_information is not UNSET:
        additional_information = []
        for additional_information_item_data in _additional_information:
            additional_information_item = LeadAdditionalFieldConfiguration.from_dict(additional_information_item_data)

            additional_information.append(additional_information_item)

    return additional_information


def _parse_communication_preferences(d: dict[str, Any]) -> list[CommunicationPreference] | Unset:
    from ..models.communication_preference import CommunicationPreference  # noqa: PLC0415

    _source = d.get("communicationPreferences", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_array(_source)
    _communication_preferences = _source
    communication_preferences: list[CommunicationPreference] | Unset = UNSET
    if _communication_preferences is not UNSET:
        communication_preferences = []
        for communication_preferences_item_data in _communication_preferences:
            communication_preferences_item = CommunicationPreference.from_dict(communication_preferences_item_data)

            communication_preferences.append(communication_preferences_item)

    return communication_preferences


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "address_mode": ("addressMode", _parse_address_mode),
    "date_of_birth_mode": ("dateOfBirthMode", _parse_date_of_birth_mode),
    "gender_mode": ("genderMode", _parse_gender_mode),
    "telephone_mode": ("telephoneMode", _parse_telephone_mode),
    "additional_information": ("additionalInformation", _parse_additional_information),
    "communication_preferences": ("communicationPreferences", _parse_communication_preferences),
    "additional_properties": ("*", _parse_additional_properties),
}

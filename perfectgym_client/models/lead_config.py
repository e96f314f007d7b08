from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.lead_config_address_mode import LeadConfigAddressMode
from ..models.lead_config_date_of_birth_mode import LeadConfigDateOfBirthMode
from ..models.lead_config_gender_mode import LeadConfigGenderMode
from ..models.lead_config_telephone_mode import LeadConfigTelephoneMode
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_array,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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

        except MalformedFieldError:
            if "_raw" not in self.__dict__:
                raise
            return dict_as_received(self)

    def to_json(self, *, exclude_unset: bool = True) -> str:
        """``to_dict()`` as compact JSON text."""
        return model_json(self.to_dict(exclude_unset=exclude_unset))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON, keeping the dict (not a copy). Fields are parsed when first read."""
        _obj = cls.__new__(cls)
        _obj.__dict__["_raw"] = src_dict if src_dict.__class__ is dict else json_object(src_dict)
        return _obj

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
_LeadConfigAddressMode_BY_VALUE = enum_members(LeadConfigAddressMode)
_LeadConfigDateOfBirthMode_BY_VALUE = enum_members(LeadConfigDateOfBirthMode)
_LeadConfigGenderMode_BY_VALUE = enum_members(LeadConfigGenderMode)
_LeadConfigTelephoneMode_BY_VALUE = enum_members(LeadConfigTelephoneMode)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.communication_preference import CommunicationPreference  # noqa: PLC0415
    from ..models.lead_additional_field_configuration import LeadAdditionalFieldConfiguration  # noqa: PLC0415

    globals().update(
        {
            "CommunicationPreference": CommunicationPreference,
            "LeadAdditionalFieldConfiguration": LeadAdditionalFieldConfiguration,
        }
    )
    _nested_resolved = True


def _parse_address_mode(d: dict[str, Any]) -> LeadConfigAddressMode:
    _source = d["addressMode"]
    try:
        return _LeadConfigAddressMode_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return LeadConfigAddressMode(_source)


def _parse_date_of_birth_mode(d: dict[str, Any]) -> LeadConfigDateOfBirthMode:
    _source = d["dateOfBirthMode"]
    try:
        return _LeadConfigDateOfBirthMode_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return LeadConfigDateOfBirthMode(_source)


def _parse_gender_mode(d: dict[str, Any]) -> LeadConfigGenderMode:
    _source = d["genderMode"]
    try:
        return _LeadConfigGenderMode_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return LeadConfigGenderMode(_source)


def _parse_telephone_mode(d: dict[str, Any]) -> LeadConfigTelephoneMode:
    _source = d["telephoneMode"]
    try:
        return _LeadConfigTelephoneMode_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return LeadConfigTelephoneMode(_source)


def _parse_additional_information(d: dict[str, Any]) -> list[LeadAdditionalFieldConfiguration] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("additionalInformation", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
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
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("communicationPreferences", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
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
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    LeadConfig,
    (
        ("address_mode", "addressMode", _parse_address_mode, None),
        ("date_of_birth_mode", "dateOfBirthMode", _parse_date_of_birth_mode, None),
        ("gender_mode", "genderMode", _parse_gender_mode, None),
        ("telephone_mode", "telephoneMode", _parse_telephone_mode, None),
        ("additional_information", "additionalInformation", _parse_additional_information, None),
        ("communication_preferences", "communicationPreferences", _parse_communication_preferences, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

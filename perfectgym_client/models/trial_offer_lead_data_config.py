from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.trial_offer_lead_data_config_address_mode import TrialOfferLeadDataConfigAddressMode
from ..models.trial_offer_lead_data_config_date_of_birth_mode import TrialOfferLeadDataConfigDateOfBirthMode
from ..models.trial_offer_lead_data_config_gender_mode import TrialOfferLeadDataConfigGenderMode
from ..models.trial_offer_lead_data_config_telephone_mode import TrialOfferLeadDataConfigTelephoneMode
from ..types import (
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
            trial_offer_lead_data_config_id = self.trial_offer_lead_data_config_id

            gender_mode = self.gender_mode.value

            date_of_birth_mode = self.date_of_birth_mode.value

            telephone_mode = self.telephone_mode.value

            address_mode = self.address_mode.value

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "trialOfferLeadDataConfigId",
        "genderMode",
        "dateOfBirthMode",
        "telephoneMode",
        "addressMode",
    }
)
_TrialOfferLeadDataConfigGenderMode_BY_VALUE = enum_members(TrialOfferLeadDataConfigGenderMode)
_TrialOfferLeadDataConfigDateOfBirthMode_BY_VALUE = enum_members(TrialOfferLeadDataConfigDateOfBirthMode)
_TrialOfferLeadDataConfigTelephoneMode_BY_VALUE = enum_members(TrialOfferLeadDataConfigTelephoneMode)
_TrialOfferLeadDataConfigAddressMode_BY_VALUE = enum_members(TrialOfferLeadDataConfigAddressMode)


def _parse_trial_offer_lead_data_config_id(d: dict[str, Any]) -> int:
    _source: int = d["trialOfferLeadDataConfigId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_gender_mode(d: dict[str, Any]) -> TrialOfferLeadDataConfigGenderMode:
    _source = d["genderMode"]
    try:
        return _TrialOfferLeadDataConfigGenderMode_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TrialOfferLeadDataConfigGenderMode(_source)


def _parse_date_of_birth_mode(d: dict[str, Any]) -> TrialOfferLeadDataConfigDateOfBirthMode:
    _source = d["dateOfBirthMode"]
    try:
        return _TrialOfferLeadDataConfigDateOfBirthMode_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TrialOfferLeadDataConfigDateOfBirthMode(_source)


def _parse_telephone_mode(d: dict[str, Any]) -> TrialOfferLeadDataConfigTelephoneMode:
    _source = d["telephoneMode"]
    try:
        return _TrialOfferLeadDataConfigTelephoneMode_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TrialOfferLeadDataConfigTelephoneMode(_source)


def _parse_address_mode(d: dict[str, Any]) -> TrialOfferLeadDataConfigAddressMode:
    _source = d["addressMode"]
    try:
        return _TrialOfferLeadDataConfigAddressMode_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TrialOfferLeadDataConfigAddressMode(_source)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    TrialOfferLeadDataConfig,
    (
        ("trial_offer_lead_data_config_id", "trialOfferLeadDataConfigId", _parse_trial_offer_lead_data_config_id, int),
        ("gender_mode", "genderMode", _parse_gender_mode, None),
        ("date_of_birth_mode", "dateOfBirthMode", _parse_date_of_birth_mode, None),
        ("telephone_mode", "telephoneMode", _parse_telephone_mode, None),
        ("address_mode", "addressMode", _parse_address_mode, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    expect_json_array,
    expect_json_scalar,
    expect_json_scalars,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

T = TypeVar("T", bound="MembershipSwitch")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipSwitch:
    """
    Attributes:
        config_id (int): Unique ID of the membership switch configuration Example: 1234567890.
        membership_offer_term_id (int): Unique ID of the membership switch offer term Example: 1234567890.
        source_contract_id (int): Unique ID of the contract which is being switched from Example: 1234567890.
        start_date (datetime.date): The start date of the contract Example: 2025-08-24.
        notes (str | Unset): The notes related to the membership switch Example: Some notes.
        third_party_id (str | Unset): Unique ID of the third party contract in the third party system Example: 1000a.
        selected_selectable_module_ids (list[int] | Unset): The selected modules from the available selectable modules
        selected_optional_module_ids (list[int] | Unset): The selected modules from the available optional modules
        initial_payment_request_token (str | Unset): This token identifies a pre-authorized payment request Example:
            3JtyH5sakfn2V22vB0napNC2zWMlpFwS9gPQawuk7Jw1F00atOD0BA.
    """

    config_id: int
    membership_offer_term_id: int
    source_contract_id: int
    start_date: datetime.date
    notes: str | Unset = UNSET
    third_party_id: str | Unset = UNSET
    selected_selectable_module_ids: list[int] | Unset = UNSET
    selected_optional_module_ids: list[int] | Unset = UNSET
    initial_payment_request_token: str | Unset = UNSET
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
            config_id = self.config_id

            membership_offer_term_id = self.membership_offer_term_id

            source_contract_id = self.source_contract_id

            start_date = self.start_date.isoformat()

            notes = self.notes

            third_party_id = self.third_party_id

            selected_selectable_module_ids: list[int] | Unset = UNSET
            if not isinstance(self.selected_selectable_module_ids, Unset):
                selected_selectable_module_ids = self.selected_selectable_module_ids

            if isinstance(selected_selectable_module_ids, list):
                selected_selectable_module_ids = list(
                    selected_selectable_module_ids
                )  # handed out: never the model's own list

            selected_optional_module_ids: list[int] | Unset = UNSET
            if not isinstance(self.selected_optional_module_ids, Unset):
                selected_optional_module_ids = self.selected_optional_module_ids

            if isinstance(selected_optional_module_ids, list):
                selected_optional_module_ids = list(
                    selected_optional_module_ids
                )  # handed out: never the model's own list

            initial_payment_request_token = self.initial_payment_request_token

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "configId": config_id,
                    "membershipOfferTermId": membership_offer_term_id,
                    "sourceContractId": source_contract_id,
                    "startDate": start_date,
                }
            )
            if notes is not UNSET:
                field_dict["notes"] = notes
            if third_party_id is not UNSET:
                field_dict["thirdPartyId"] = third_party_id
            if selected_selectable_module_ids is not UNSET:
                field_dict["selectedSelectableModuleIds"] = selected_selectable_module_ids
            if selected_optional_module_ids is not UNSET:
                field_dict["selectedOptionalModuleIds"] = selected_optional_module_ids
            if initial_payment_request_token is not UNSET:
                field_dict["initialPaymentRequestToken"] = initial_payment_request_token

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
        "configId",
        "membershipOfferTermId",
        "sourceContractId",
        "startDate",
        "notes",
        "thirdPartyId",
        "selectedSelectableModuleIds",
        "selectedOptionalModuleIds",
        "initialPaymentRequestToken",
    }
)


def _parse_config_id(d: dict[str, Any]) -> int:
    _source: int = d["configId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_membership_offer_term_id(d: dict[str, Any]) -> int:
    _source: int = d["membershipOfferTermId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_source_contract_id(d: dict[str, Any]) -> int:
    _source: int = d["sourceContractId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_start_date(d: dict[str, Any]) -> datetime.date:
    _source = d["startDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    start_date = datetime.date.fromisoformat(_source)

    return start_date


def _parse_notes(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("notes", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_third_party_id(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("thirdPartyId", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_selected_selectable_module_ids(d: dict[str, Any]) -> list[int] | Unset:
    _source = d.get("selectedSelectableModuleIds", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    if _source.__class__ is list:
        expect_json_scalars(_source, int)
    selected_selectable_module_ids: list[int] | Unset = _source
    return selected_selectable_module_ids


def _parse_selected_optional_module_ids(d: dict[str, Any]) -> list[int] | Unset:
    _source = d.get("selectedOptionalModuleIds", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    if _source.__class__ is list:
        expect_json_scalars(_source, int)
    selected_optional_module_ids: list[int] | Unset = _source
    return selected_optional_module_ids


def _parse_initial_payment_request_token(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("initialPaymentRequestToken", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipSwitch,
    (
        ("config_id", "configId", _parse_config_id, int),
        ("membership_offer_term_id", "membershipOfferTermId", _parse_membership_offer_term_id, int),
        ("source_contract_id", "sourceContractId", _parse_source_contract_id, int),
        ("start_date", "startDate", _parse_start_date, None),
        ("notes", "notes", _parse_notes, str),
        ("third_party_id", "thirdPartyId", _parse_third_party_id, str),
        ("selected_selectable_module_ids", "selectedSelectableModuleIds", _parse_selected_selectable_module_ids, None),
        ("selected_optional_module_ids", "selectedOptionalModuleIds", _parse_selected_optional_module_ids, None),
        ("initial_payment_request_token", "initialPaymentRequestToken", _parse_initial_payment_request_token, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.communication_preference import CommunicationPreference
    from ..models.lead_additional_information import LeadAdditionalInformation
    from ..models.lead_customer_address import LeadCustomerAddress
    from ..models.lead_customer_data import LeadCustomerData


T = TypeVar("T", bound="LeadCreationRequest")


@_attrs_define(slots=False, repr=False, eq=False)
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "leadCustomer",
        "address",
        "communicationPreferences",
        "additionalInformation",
        "notes",
        "externalIdentifier",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.communication_preference import CommunicationPreference  # noqa: PLC0415
    from ..models.lead_additional_information import LeadAdditionalInformation  # noqa: PLC0415
    from ..models.lead_customer_address import LeadCustomerAddress  # noqa: PLC0415
    from ..models.lead_customer_data import LeadCustomerData  # noqa: PLC0415

    globals().update(
        {
            "CommunicationPreference": CommunicationPreference,
            "LeadAdditionalInformation": LeadAdditionalInformation,
            "LeadCustomerAddress": LeadCustomerAddress,
            "LeadCustomerData": LeadCustomerData,
        }
    )
    _nested_resolved = True


def _parse_lead_customer(d: dict[str, Any]) -> LeadCustomerData:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["leadCustomer"]
    lead_customer = LeadCustomerData.from_dict(_source)

    return lead_customer


def _parse_address(d: dict[str, Any]) -> LeadCustomerAddress | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("address", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _address = _source
    address: LeadCustomerAddress | Unset
    if isinstance(_address, Unset):
        address = UNSET
    else:
        address = LeadCustomerAddress.from_dict(_address)

    return address


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


def _parse_additional_information(d: dict[str, Any]) -> list[LeadAdditionalInformation] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("additionalInformation", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _additional_information = _source
    additional_information: list[LeadAdditionalInformation] | Unset = UNSET
    if _additional_information is not UNSET:
        additional_information = []
        for additional_information_item_data in _additional_information:
            additional_information_item = LeadAdditionalInformation.from_dict(additional_information_item_data)

            additional_information.append(additional_information_item)

    return additional_information


def _parse_notes(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("notes", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_external_identifier(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("externalIdentifier", UNSET)
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
    LeadCreationRequest,
    (
        ("lead_customer", "leadCustomer", _parse_lead_customer, None),
        ("address", "address", _parse_address, None),
        ("communication_preferences", "communicationPreferences", _parse_communication_preferences, None),
        ("additional_information", "additionalInformation", _parse_additional_information, None),
        ("notes", "notes", _parse_notes, str),
        ("external_identifier", "externalIdentifier", _parse_external_identifier, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

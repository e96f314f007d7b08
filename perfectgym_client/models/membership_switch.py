from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipSwitch")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "notes",
        "thirdPartyId",
        "selectedSelectableModuleIds",
        "selectedOptionalModuleIds",
        "initialPaymentRequestToken",
    }
)


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        config_id = self.config_id

        membership_offer_term_id = self.membership_offer_term_id

        source_contract_id = self.source_contract_id

        start_date = self.start_date.isoformat()

        notes = self.notes

        third_party_id = self.third_party_id

        selected_selectable_module_ids: list[int] | Unset = UNSET
        if not isinstance(self.selected_selectable_module_ids, Unset):
            selected_selectable_module_ids = self.selected_selectable_module_ids

        selected_optional_module_ids: list[int] | Unset = UNSET
        if not isinstance(self.selected_optional_module_ids, Unset):
            selected_optional_module_ids = self.selected_optional_module_ids

        initial_payment_request_token = self.initial_payment_request_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        config_id = d.pop("configId")

        membership_offer_term_id = d.pop("membershipOfferTermId")

        source_contract_id = d.pop("sourceContractId")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        notes = d.pop("notes", UNSET)

        third_party_id = d.pop("thirdPartyId", UNSET)

        selected_selectable_module_ids = cast(list[int], d.pop("selectedSelectableModuleIds", UNSET))

        selected_optional_module_ids = cast(list[int], d.pop("selectedOptionalModuleIds", UNSET))

        initial_payment_request_token = d.pop("initialPaymentRequestToken", UNSET)

        _obj = cls(
            config_id=config_id,
            membership_offer_term_id=membership_offer_term_id,
            source_contract_id=source_contract_id,
            start_date=start_date,
            notes=notes,
            third_party_id=third_party_id,
            selected_selectable_module_ids=selected_selectable_module_ids,
            selected_optional_module_ids=selected_optional_module_ids,
            initial_payment_request_token=initial_payment_request_token,
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

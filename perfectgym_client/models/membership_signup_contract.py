from __future__ import annotations

import datetime
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
    expect_json_scalars,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.signature import Signature
    from ..models.text_block_signature import TextBlockSignature


T = TypeVar("T", bound="MembershipSignupContract")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipSignupContract:
    """The contract information used for the membership signup

    Attributes:
        contract_offer_term_id (int): Unique ID of the contract offer term Example: 1000.
        start_date (datetime.date): The start date of the contract Example: 2026-02-01.
        preuse_date (datetime.date | Unset): The pre use date of the contract Example: 2026-01-01.
        notes (str | Unset): The notes related to the contract Example: Some notes.
        third_party_id (str | Unset): Unique ID of the third party contract in the third party system Example: 1000a.
        employee_id (int | Unset): Unique ID of the employee who created the membership Example: 1239812733.
        referral_code (str | Unset): Referral code to link with recruiter Example: A500D.
        selected_selectable_module_ids (list[int] | Unset): The selected modules from the available selectable modules
        selected_optional_module_ids (list[int] | Unset): The selected modules from the available optional modules
        initial_payment_request_token (str | Unset): This token identifies a pre-authorized payment request Example:
            3JtyH5sakfn2V22vB0napNC2zWMlpFwS9gPQawuk7Jw1F00atOD0BA.
        contract_signature (Signature | Unset): Representing customer signature
        text_block_signatures (list[TextBlockSignature] | Unset): Signatures for text blocks
        voucher_code (str | Unset): An optional code for a voucher Example: 123.
    """

    contract_offer_term_id: int
    start_date: datetime.date
    preuse_date: datetime.date | Unset = UNSET
    notes: str | Unset = UNSET
    third_party_id: str | Unset = UNSET
    employee_id: int | Unset = UNSET
    referral_code: str | Unset = UNSET
    selected_selectable_module_ids: list[int] | Unset = UNSET
    selected_optional_module_ids: list[int] | Unset = UNSET
    initial_payment_request_token: str | Unset = UNSET
    contract_signature: Signature | Unset = UNSET
    text_block_signatures: list[TextBlockSignature] | Unset = UNSET
    voucher_code: str | Unset = UNSET
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
            contract_offer_term_id = self.contract_offer_term_id

            start_date = self.start_date.isoformat()

            preuse_date: str | Unset = UNSET
            if not isinstance(self.preuse_date, Unset):
                preuse_date = self.preuse_date.isoformat()

            notes = self.notes

            third_party_id = self.third_party_id

            employee_id = self.employee_id

            referral_code = self.referral_code

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

            contract_signature: dict[str, Any] | Unset = UNSET
            if not isinstance(self.contract_signature, Unset):
                contract_signature = self.contract_signature.to_dict()

            text_block_signatures: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.text_block_signatures, Unset):
                text_block_signatures = []
                for text_block_signatures_item_data in self.text_block_signatures:
                    text_block_signatures_item = text_block_signatures_item_data.to_dict()
                    text_block_signatures.append(text_block_signatures_item)

            voucher_code = self.voucher_code

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "contractOfferTermId": contract_offer_term_id,
                    "startDate": start_date,
                }
            )
            if preuse_date is not UNSET:
                field_dict["preuseDate"] = preuse_date
            if notes is not UNSET:
                field_dict["notes"] = notes
            if third_party_id is not UNSET:
                field_dict["thirdPartyId"] = third_party_id
            if employee_id is not UNSET:
                field_dict["employeeId"] = employee_id
            if referral_code is not UNSET:
                field_dict["referralCode"] = referral_code
            if selected_selectable_module_ids is not UNSET:
                field_dict["selectedSelectableModuleIds"] = selected_selectable_module_ids
            if selected_optional_module_ids is not UNSET:
                field_dict["selectedOptionalModuleIds"] = selected_optional_module_ids
            if initial_payment_request_token is not UNSET:
                field_dict["initialPaymentRequestToken"] = initial_payment_request_token
            if contract_signature is not UNSET:
                field_dict["contractSignature"] = contract_signature
            if text_block_signatures is not UNSET:
                field_dict["textBlockSignatures"] = text_block_signatures
            if voucher_code is not UNSET:
                field_dict["voucherCode"] = voucher_code

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
        "contractOfferTermId",
        "startDate",
        "preuseDate",
        "notes",
        "thirdPartyId",
        "employeeId",
        "referralCode",
        "selectedSelectableModuleIds",
        "selectedOptionalModuleIds",
        "initialPaymentRequestToken",
        "contractSignature",
        "textBlockSignatures",
        "voucherCode",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.signature import Signature  # noqa: PLC0415
    from ..models.text_block_signature import TextBlockSignature  # noqa: PLC0415

    globals().update(
        {
            "Signature": Signature,
            "TextBlockSignature": TextBlockSignature,
        }
    )
    _nested_resolved = True


def _parse_contract_offer_term_id(d: dict[str, Any]) -> int:
    _source: int = d["contractOfferTermId"]
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


def _parse_preuse_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("preuseDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _preuse_date = _source
    preuse_date: datetime.date | Unset
    if isinstance(_preuse_date, Unset):
        preuse_date = UNSET
    else:
        preuse_date = datetime.date.fromisoformat(_preuse_date)

    return preuse_date


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


def _parse_employee_id(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("employeeId", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_referral_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("referralCode", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_selected_selectable_module_ids(d: dict[str, Any]) -> list[int] | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    if not _nested_resolved:
        _resolve_nested()
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


def _parse_contract_signature(d: dict[str, Any]) -> Signature | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("contractSignature", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _contract_signature = _source
    contract_signature: Signature | Unset
    if isinstance(_contract_signature, Unset):
        contract_signature = UNSET
    else:
        contract_signature = Signature.from_dict(_contract_signature)

    return contract_signature


def _parse_text_block_signatures(d: dict[str, Any]) -> list[TextBlockSignature] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("textBlockSignatures", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _text_block_signatures = _source
    text_block_signatures: list[TextBlockSignature] | Unset = UNSET
    if _text_block_signatures is not UNSET:
        text_block_signatures = []
        for text_block_signatures_item_data in _text_block_signatures:
            text_block_signatures_item = TextBlockSignature.from_dict(text_block_signatures_item_data)

            text_block_signatures.append(text_block_signatures_item)

    return text_block_signatures


def _parse_voucher_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("voucherCode", UNSET)
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
    MembershipSignupContract,
    (
        ("contract_offer_term_id", "contractOfferTermId", _parse_contract_offer_term_id, int),
        ("start_date", "startDate", _parse_start_date, None),
        ("preuse_date", "preuseDate", _parse_preuse_date, None),
        ("notes", "notes", _parse_notes, str),
        ("third_party_id", "thirdPartyId", _parse_third_party_id, str),
        ("employee_id", "employeeId", _parse_employee_id, int),
        ("referral_code", "referralCode", _parse_referral_code, str),
        ("selected_selectable_module_ids", "selectedSelectableModuleIds", _parse_selected_selectable_module_ids, None),
        ("selected_optional_module_ids", "selectedOptionalModuleIds", _parse_selected_optional_module_ids, None),
        ("initial_payment_request_token", "initialPaymentRequestToken", _parse_initial_payment_request_token, str),
        ("contract_signature", "contractSignature", _parse_contract_signature, None),
        ("text_block_signatures", "textBlockSignatures", _parse_text_block_signatures, None),
        ("voucher_code", "voucherCode", _parse_voucher_code, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

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
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.contract_volume import ContractVolume
    from ..models.membership_offer_text_block import MembershipOfferTextBlock
    from ..models.money import Money
    from ..models.signup_payment_preview import SignupPaymentPreview


T = TypeVar("T", bound="MembershipSwitchPreview")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipSwitchPreview:
    """
    Attributes:
        contract_volume_information (ContractVolume | Unset):
        age_adjusted_price (Money | Unset): Base price of the contract
        module_consent_text_blocks (list[MembershipOfferTextBlock] | Unset): List of contract text blocks that are part
            of this membership switch
        payment_preview (SignupPaymentPreview | Unset): Detailed payment preview including schedule and due-on-signing
            amount
    """

    contract_volume_information: ContractVolume | Unset = UNSET
    age_adjusted_price: Money | Unset = UNSET
    module_consent_text_blocks: list[MembershipOfferTextBlock] | Unset = UNSET
    payment_preview: SignupPaymentPreview | Unset = UNSET
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
            contract_volume_information: dict[str, Any] | Unset = UNSET
            if not isinstance(self.contract_volume_information, Unset):
                contract_volume_information = self.contract_volume_information.to_dict()

            age_adjusted_price: dict[str, Any] | Unset = UNSET
            if not isinstance(self.age_adjusted_price, Unset):
                age_adjusted_price = self.age_adjusted_price.to_dict()

            module_consent_text_blocks: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.module_consent_text_blocks, Unset):
                module_consent_text_blocks = []
                for module_consent_text_blocks_item_data in self.module_consent_text_blocks:
                    module_consent_text_blocks_item = module_consent_text_blocks_item_data.to_dict()
                    module_consent_text_blocks.append(module_consent_text_blocks_item)

            payment_preview: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payment_preview, Unset):
                payment_preview = self.payment_preview.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update({})
            if contract_volume_information is not UNSET:
                field_dict["contractVolumeInformation"] = contract_volume_information
            if age_adjusted_price is not UNSET:
                field_dict["ageAdjustedPrice"] = age_adjusted_price
            if module_consent_text_blocks is not UNSET:
                field_dict["moduleConsentTextBlocks"] = module_consent_text_blocks
            if payment_preview is not UNSET:
                field_dict["paymentPreview"] = payment_preview

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
        "contractVolumeInformation",
        "ageAdjustedPrice",
        "moduleConsentTextBlocks",
        "paymentPreview",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.contract_volume import ContractVolume  # noqa: PLC0415
    from ..models.membership_offer_text_block import MembershipOfferTextBlock  # noqa: PLC0415
    from ..models.money import Money  # noqa: PLC0415
    from ..models.signup_payment_preview import SignupPaymentPreview  # noqa: PLC0415

    globals().update(
        {
            "ContractVolume": ContractVolume,
            "MembershipOfferTextBlock": MembershipOfferTextBlock,
            "Money": Money,
            "SignupPaymentPreview": SignupPaymentPreview,
        }
    )
    _nested_resolved = True


def _parse_contract_volume_information(d: dict[str, Any]) -> ContractVolume | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("contractVolumeInformation", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _contract_volume_information = _source
    contract_volume_information: ContractVolume | Unset
    if isinstance(_contract_volume_information, Unset):
        contract_volume_information = UNSET
    else:
        contract_volume_information = ContractVolume.from_dict(_contract_volume_information)

    return contract_volume_information


def _parse_age_adjusted_price(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("ageAdjustedPrice", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _age_adjusted_price = _source
    age_adjusted_price: Money | Unset
    if isinstance(_age_adjusted_price, Unset):
        age_adjusted_price = UNSET
    else:
        age_adjusted_price = Money.from_dict(_age_adjusted_price)

    return age_adjusted_price


def _parse_module_consent_text_blocks(d: dict[str, Any]) -> list[MembershipOfferTextBlock] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("moduleConsentTextBlocks", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _module_consent_text_blocks = _source
    module_consent_text_blocks: list[MembershipOfferTextBlock] | Unset = UNSET
    if _module_consent_text_blocks is not UNSET:
        module_consent_text_blocks = []
        for module_consent_text_blocks_item_data in _module_consent_text_blocks:
            module_consent_text_blocks_item = MembershipOfferTextBlock.from_dict(module_consent_text_blocks_item_data)

            module_consent_text_blocks.append(module_consent_text_blocks_item)

    return module_consent_text_blocks


def _parse_payment_preview(d: dict[str, Any]) -> SignupPaymentPreview | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("paymentPreview", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _payment_preview = _source
    payment_preview: SignupPaymentPreview | Unset
    if isinstance(_payment_preview, Unset):
        payment_preview = UNSET
    else:
        payment_preview = SignupPaymentPreview.from_dict(_payment_preview)

    return payment_preview


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipSwitchPreview,
    (
        ("contract_volume_information", "contractVolumeInformation", _parse_contract_volume_information, None),
        ("age_adjusted_price", "ageAdjustedPrice", _parse_age_adjusted_price, None),
        ("module_consent_text_blocks", "moduleConsentTextBlocks", _parse_module_consent_text_blocks, None),
        ("payment_preview", "paymentPreview", _parse_payment_preview, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

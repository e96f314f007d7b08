from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_pre_use_type import ContractPreUseType
from ..models.membership_offer_extended_allowed_payment_choices_item import (
    MembershipOfferExtendedAllowedPaymentChoicesItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_period import DatePeriod
    from ..models.membership_offer_included_module import MembershipOfferIncludedModule
    from ..models.membership_offer_module import MembershipOfferModule
    from ..models.membership_offer_term_extended import MembershipOfferTermExtended
    from ..models.membership_offer_text_block import MembershipOfferTextBlock
    from ..models.rate_code import RateCode
    from ..models.time_restrictions import TimeRestrictions


T = TypeVar("T", bound="MembershipOfferExtended")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "subDescription",
        "imageUrl",
        "footnote",
        "contractSignaturesRequired",
        "maximumNumberOfSelectableModules",
        "selectableModules",
        "terms",
        "timeRestrictions",
    }
)


@_attrs_define
class MembershipOfferExtended:
    """
    Attributes:
        id (int): Unique identifier for the membership offer
        description (str): Description of the membership offer Example: This offer includes access to all gym facilities
            and group classes..
        name (str): Name of the membership offer Example: Standard Membership.
        pre_use_type (ContractPreUseType):
        limited_offering_period (DatePeriod): Period in which the membership offer is valid
        rate_codes (list[RateCode]): Rate codes of the membership offer
        included_modules (list[MembershipOfferIncludedModule]): List of included modules of this membership offer
        allowed_payment_choices (list[MembershipOfferExtendedAllowedPaymentChoicesItem]): Allowed payment choices for
            this membership offer
        contract_text_blocks (list[MembershipOfferTextBlock]): List of contract text blocks that are part of this
            membership offer
        sub_description (str | Unset): Sub description for the membership offer Example: Best value for regular gym-
            goers..
        image_url (str | Unset): Temporary valid download link for rate bundle image. Expires after 2 hours. Example:
            https://example.com.
        footnote (str | Unset): Contractual or legal comments to be displayed below the offer Example: This offer is
            valid for new members only. Terms and conditions apply..
        contract_signatures_required (bool | Unset): Indicates if contract signatures are required for this membership
            offer
        maximum_number_of_selectable_modules (int | Unset): Maximum number of selectableModules (0: none may be
            selected)
        selectable_modules (list[MembershipOfferModule] | Unset): Modules that may be selected, up to
            maximumNumberOfSelectableModules
        terms (list[MembershipOfferTermExtended] | Unset): List of terms that are part of this membership offer
        time_restrictions (TimeRestrictions | Unset): Time restrictions for this membership offer based on opening hours
            categories
    """

    id: int
    description: str
    name: str
    pre_use_type: ContractPreUseType
    limited_offering_period: DatePeriod
    rate_codes: list[RateCode]
    included_modules: list[MembershipOfferIncludedModule]
    allowed_payment_choices: list[MembershipOfferExtendedAllowedPaymentChoicesItem]
    contract_text_blocks: list[MembershipOfferTextBlock]
    sub_description: str | Unset = UNSET
    image_url: str | Unset = UNSET
    footnote: str | Unset = UNSET
    contract_signatures_required: bool | Unset = UNSET
    maximum_number_of_selectable_modules: int | Unset = UNSET
    selectable_modules: list[MembershipOfferModule] | Unset = UNSET
    terms: list[MembershipOfferTermExtended] | Unset = UNSET
    time_restrictions: TimeRestrictions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        name = self.name

        pre_use_type = self.pre_use_type.value

        limited_offering_period = self.limited_offering_period.to_dict()

        rate_codes = []
        for rate_codes_item_data in self.rate_codes:
            rate_codes_item = rate_codes_item_data.to_dict()
            rate_codes.append(rate_codes_item)

        included_modules = []
        for included_modules_item_data in self.included_modules:
            included_modules_item = included_modules_item_data.to_dict()
            included_modules.append(included_modules_item)

        allowed_payment_choices = []
        for allowed_payment_choices_item_data in self.allowed_payment_choices:
            allowed_payment_choices_item = allowed_payment_choices_item_data.value
            allowed_payment_choices.append(allowed_payment_choices_item)

        contract_text_blocks = []
        for contract_text_blocks_item_data in self.contract_text_blocks:
            contract_text_blocks_item = contract_text_blocks_item_data.to_dict()
            contract_text_blocks.append(contract_text_blocks_item)

        sub_description = self.sub_description

        image_url = self.image_url

        footnote = self.footnote

        contract_signatures_required = self.contract_signatures_required

        maximum_number_of_selectable_modules = self.maximum_number_of_selectable_modules

        selectable_modules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selectable_modules, Unset):
            selectable_modules = []
            for selectable_modules_item_data in self.selectable_modules:
                selectable_modules_item = selectable_modules_item_data.to_dict()
                selectable_modules.append(selectable_modules_item)

        terms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = []
            for terms_item_data in self.terms:
                terms_item = terms_item_data.to_dict()
                terms.append(terms_item)

        time_restrictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_restrictions, Unset):
            time_restrictions = self.time_restrictions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "name": name,
                "preUseType": pre_use_type,
                "limitedOfferingPeriod": limited_offering_period,
                "rateCodes": rate_codes,
                "includedModules": included_modules,
                "allowedPaymentChoices": allowed_payment_choices,
                "contractTextBlocks": contract_text_blocks,
            }
        )
        if sub_description is not UNSET:
            field_dict["subDescription"] = sub_description
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if footnote is not UNSET:
            field_dict["footnote"] = footnote
        if contract_signatures_required is not UNSET:
            field_dict["contractSignaturesRequired"] = contract_signatures_required
        if maximum_number_of_selectable_modules is not UNSET:
            field_dict["maximumNumberOfSelectableModules"] = maximum_number_of_selectable_modules
        if selectable_modules is not UNSET:
            field_dict["selectableModules"] = selectable_modules
        if terms is not UNSET:
            field_dict["terms"] = terms
        if time_restrictions is not UNSET:
            field_dict["timeRestrictions"] = time_restrictions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_period import DatePeriod  # noqa: PLC0415
        from ..models.membership_offer_included_module import MembershipOfferIncludedModule  # noqa: PLC0415
        from ..models.membership_offer_module import MembershipOfferModule  # noqa: PLC0415
        from ..models.membership_offer_term_extended import MembershipOfferTermExtended  # noqa: PLC0415
        from ..models.membership_offer_text_block import MembershipOfferTextBlock  # noqa: PLC0415
        from ..models.rate_code import RateCode  # noqa: PLC0415
        from ..models.time_restrictions import TimeRestrictions  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        description = d.pop("description")

        name = d.pop("name")

        pre_use_type = ContractPreUseType(d.pop("preUseType"))

        limited_offering_period = DatePeriod.from_dict(d.pop("limitedOfferingPeriod"))

        rate_codes = []
        _rate_codes = d.pop("rateCodes")
        for rate_codes_item_data in _rate_codes:
            rate_codes_item = RateCode.from_dict(rate_codes_item_data)

            rate_codes.append(rate_codes_item)

        included_modules = []
        _included_modules = d.pop("includedModules")
        for included_modules_item_data in _included_modules:
            included_modules_item = MembershipOfferIncludedModule.from_dict(included_modules_item_data)

            included_modules.append(included_modules_item)

        allowed_payment_choices = []
        _allowed_payment_choices = d.pop("allowedPaymentChoices")
        for allowed_payment_choices_item_data in _allowed_payment_choices:
            allowed_payment_choices_item = MembershipOfferExtendedAllowedPaymentChoicesItem(
                allowed_payment_choices_item_data
            )

            allowed_payment_choices.append(allowed_payment_choices_item)

        contract_text_blocks = []
        _contract_text_blocks = d.pop("contractTextBlocks")
        for contract_text_blocks_item_data in _contract_text_blocks:
            contract_text_blocks_item = MembershipOfferTextBlock.from_dict(contract_text_blocks_item_data)

            contract_text_blocks.append(contract_text_blocks_item)

        sub_description = d.pop("subDescription", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        footnote = d.pop("footnote", UNSET)

        contract_signatures_required = d.pop("contractSignaturesRequired", UNSET)

        maximum_number_of_selectable_modules = d.pop("maximumNumberOfSelectableModules", UNSET)

        _selectable_modules = d.pop("selectableModules", UNSET)
        selectable_modules: list[MembershipOfferModule] | Unset = UNSET
        if _selectable_modules is not UNSET:
            selectable_modules = []
            for selectable_modules_item_data in _selectable_modules:
                selectable_modules_item = MembershipOfferModule.from_dict(selectable_modules_item_data)

                selectable_modules.append(selectable_modules_item)

        _terms = d.pop("terms", UNSET)
        terms: list[MembershipOfferTermExtended] | Unset = UNSET
        if _terms is not UNSET:
            terms = []
            for terms_item_data in _terms:
                terms_item = MembershipOfferTermExtended.from_dict(terms_item_data)

                terms.append(terms_item)

        _time_restrictions = d.pop("timeRestrictions", UNSET)
        time_restrictions: TimeRestrictions | Unset
        if isinstance(_time_restrictions, Unset):
            time_restrictions = UNSET
        else:
            time_restrictions = TimeRestrictions.from_dict(_time_restrictions)

        _obj = cls(
            id=id,
            description=description,
            name=name,
            pre_use_type=pre_use_type,
            limited_offering_period=limited_offering_period,
            rate_codes=rate_codes,
            included_modules=included_modules,
            allowed_payment_choices=allowed_payment_choices,
            contract_text_blocks=contract_text_blocks,
            sub_description=sub_description,
            image_url=image_url,
            footnote=footnote,
            contract_signatures_required=contract_signatures_required,
            maximum_number_of_selectable_modules=maximum_number_of_selectable_modules,
            selectable_modules=selectable_modules,
            terms=terms,
            time_restrictions=time_restrictions,
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

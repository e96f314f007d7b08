from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.contract_pre_use_type import ContractPreUseType
from ..models.membership_offer_extended_allowed_payment_choices_item import (
    MembershipOfferExtendedAllowedPaymentChoicesItem,
)
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
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
    from ..models.date_period import DatePeriod
    from ..models.membership_offer_included_module import MembershipOfferIncludedModule
    from ..models.membership_offer_module import MembershipOfferModule
    from ..models.membership_offer_term_extended import MembershipOfferTermExtended
    from ..models.membership_offer_text_block import MembershipOfferTextBlock
    from ..models.rate_code import RateCode
    from ..models.time_restrictions import TimeRestrictions


T = TypeVar("T", bound="MembershipOfferExtended")


@_attrs_define(slots=False, repr=False, eq=False)
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "id",
        "description",
        "name",
        "preUseType",
        "limitedOfferingPeriod",
        "rateCodes",
        "includedModules",
        "allowedPaymentChoices",
        "contractTextBlocks",
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
_ContractPreUseType_BY_VALUE = enum_members(ContractPreUseType)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.date_period import DatePeriod  # noqa: PLC0415
    from ..models.membership_offer_included_module import MembershipOfferIncludedModule  # noqa: PLC0415
    from ..models.membership_offer_module import MembershipOfferModule  # noqa: PLC0415
    from ..models.membership_offer_term_extended import MembershipOfferTermExtended  # noqa: PLC0415
    from ..models.membership_offer_text_block import MembershipOfferTextBlock  # noqa: PLC0415
    from ..models.rate_code import RateCode  # noqa: PLC0415
    from ..models.time_restrictions import TimeRestrictions  # noqa: PLC0415

    globals().update(
        {
            "DatePeriod": DatePeriod,
            "MembershipOfferIncludedModule": MembershipOfferIncludedModule,
            "MembershipOfferModule": MembershipOfferModule,
            "MembershipOfferTermExtended": MembershipOfferTermExtended,
            "MembershipOfferTextBlock": MembershipOfferTextBlock,
            "RateCode": RateCode,
            "TimeRestrictions": TimeRestrictions,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_description(d: dict[str, Any]) -> str:
    _source: str = d["description"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_name(d: dict[str, Any]) -> str:
    _source: str = d["name"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_pre_use_type(d: dict[str, Any]) -> ContractPreUseType:
    _source = d["preUseType"]
    try:
        return _ContractPreUseType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return ContractPreUseType(_source)


def _parse_limited_offering_period(d: dict[str, Any]) -> DatePeriod:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["limitedOfferingPeriod"]
    limited_offering_period = DatePeriod.from_dict(_source)

    return limited_offering_period


def _parse_rate_codes(d: dict[str, Any]) -> list[RateCode]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["rateCodes"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    rate_codes = []
    _rate_codes = _source
    for rate_codes_item_data in _rate_codes:
        rate_codes_item = RateCode.from_dict(rate_codes_item_data)

        rate_codes.append(rate_codes_item)

    return rate_codes


def _parse_included_modules(d: dict[str, Any]) -> list[MembershipOfferIncludedModule]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["includedModules"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    included_modules = []
    _included_modules = _source
    for included_modules_item_data in _included_modules:
        included_modules_item = MembershipOfferIncludedModule.from_dict(included_modules_item_data)

        included_modules.append(included_modules_item)

    return included_modules


def _parse_allowed_payment_choices(d: dict[str, Any]) -> list[MembershipOfferExtendedAllowedPaymentChoicesItem]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["allowedPaymentChoices"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    allowed_payment_choices = []
    _allowed_payment_choices = _source
    for allowed_payment_choices_item_data in _allowed_payment_choices:
        allowed_payment_choices_item = MembershipOfferExtendedAllowedPaymentChoicesItem(
            allowed_payment_choices_item_data
        )

        allowed_payment_choices.append(allowed_payment_choices_item)

    return allowed_payment_choices


def _parse_contract_text_blocks(d: dict[str, Any]) -> list[MembershipOfferTextBlock]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["contractTextBlocks"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    contract_text_blocks = []
    _contract_text_blocks = _source
    for contract_text_blocks_item_data in _contract_text_blocks:
        contract_text_blocks_item = MembershipOfferTextBlock.from_dict(contract_text_blocks_item_data)

        contract_text_blocks.append(contract_text_blocks_item)

    return contract_text_blocks


def _parse_sub_description(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("subDescription", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_image_url(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("imageUrl", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_footnote(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("footnote", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_contract_signatures_required(d: dict[str, Any]) -> bool | Unset:
    _source: bool | Unset = d.get("contractSignaturesRequired", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_maximum_number_of_selectable_modules(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("maximumNumberOfSelectableModules", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_selectable_modules(d: dict[str, Any]) -> list[MembershipOfferModule] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("selectableModules", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _selectable_modules = _source
    selectable_modules: list[MembershipOfferModule] | Unset = UNSET
    if _selectable_modules is not UNSET:
        selectable_modules = []
        for selectable_modules_item_data in _selectable_modules:
            selectable_modules_item = MembershipOfferModule.from_dict(selectable_modules_item_data)

            selectable_modules.append(selectable_modules_item)

    return selectable_modules


def _parse_terms(d: dict[str, Any]) -> list[MembershipOfferTermExtended] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("terms", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _terms = _source
    terms: list[MembershipOfferTermExtended] | Unset = UNSET
    if _terms is not UNSET:
        terms = []
        for terms_item_data in _terms:
            terms_item = MembershipOfferTermExtended.from_dict(terms_item_data)

            terms.append(terms_item)

    return terms


def _parse_time_restrictions(d: dict[str, Any]) -> TimeRestrictions | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("timeRestrictions", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _time_restrictions = _source
    time_restrictions: TimeRestrictions | Unset
    if isinstance(_time_restrictions, Unset):
        time_restrictions = UNSET
    else:
        time_restrictions = TimeRestrictions.from_dict(_time_restrictions)

    return time_restrictions


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipOfferExtended,
    (
        ("id", "id", _parse_id, int),
        ("description", "description", _parse_description, str),
        ("name", "name", _parse_name, str),
        ("pre_use_type", "preUseType", _parse_pre_use_type, None),
        ("limited_offering_period", "limitedOfferingPeriod", _parse_limited_offering_period, None),
        ("rate_codes", "rateCodes", _parse_rate_codes, None),
        ("included_modules", "includedModules", _parse_included_modules, None),
        ("allowed_payment_choices", "allowedPaymentChoices", _parse_allowed_payment_choices, None),
        ("contract_text_blocks", "contractTextBlocks", _parse_contract_text_blocks, None),
        ("sub_description", "subDescription", _parse_sub_description, str),
        ("image_url", "imageUrl", _parse_image_url, str),
        ("footnote", "footnote", _parse_footnote, str),
        ("contract_signatures_required", "contractSignaturesRequired", _parse_contract_signatures_required, bool),
        (
            "maximum_number_of_selectable_modules",
            "maximumNumberOfSelectableModules",
            _parse_maximum_number_of_selectable_modules,
            int,
        ),
        ("selectable_modules", "selectableModules", _parse_selectable_modules, None),
        ("terms", "terms", _parse_terms, None),
        ("time_restrictions", "timeRestrictions", _parse_time_restrictions, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

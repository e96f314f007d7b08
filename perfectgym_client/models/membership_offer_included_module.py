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
    from ..models.membership_offer_module_term import MembershipOfferModuleTerm
    from ..models.membership_offer_text_block import MembershipOfferTextBlock
    from ..models.membership_offer_trial_period import MembershipOfferTrialPeriod
    from ..models.rate_code import RateCode


T = TypeVar("T", bound="MembershipOfferIncludedModule")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipOfferIncludedModule:
    """
    Attributes:
        id (int): Unique identifier for the membership offer module Example: 1234567890.
        name (str): Name of the membership offer module Example: Premium Fitness Package.
        description (str): Description of the membership offer module Example: Includes access to all gym facilities and
            group classes..
        term (MembershipOfferModuleTerm): Represents the terms of a membership offer
        image_url (str | Unset): Image url of membership offer module. Temporary URL, expires after 5 hours. Example:
            https://some-module.com.
        trial_period (MembershipOfferTrialPeriod | Unset): Represents the trial period of a membership offer
        consent_text_block (MembershipOfferTextBlock | Unset): Contract text block information
        rate_codes (list[RateCode] | Unset): Rate codes of the membership offer module
    """

    id: int
    name: str
    description: str
    term: MembershipOfferModuleTerm
    image_url: str | Unset = UNSET
    trial_period: MembershipOfferTrialPeriod | Unset = UNSET
    consent_text_block: MembershipOfferTextBlock | Unset = UNSET
    rate_codes: list[RateCode] | Unset = UNSET
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

            name = self.name

            description = self.description

            term = self.term.to_dict()

            image_url = self.image_url

            trial_period: dict[str, Any] | Unset = UNSET
            if not isinstance(self.trial_period, Unset):
                trial_period = self.trial_period.to_dict()

            consent_text_block: dict[str, Any] | Unset = UNSET
            if not isinstance(self.consent_text_block, Unset):
                consent_text_block = self.consent_text_block.to_dict()

            rate_codes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.rate_codes, Unset):
                rate_codes = []
                for rate_codes_item_data in self.rate_codes:
                    rate_codes_item = rate_codes_item_data.to_dict()
                    rate_codes.append(rate_codes_item)

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                    "name": name,
                    "description": description,
                    "term": term,
                }
            )
            if image_url is not UNSET:
                field_dict["imageUrl"] = image_url
            if trial_period is not UNSET:
                field_dict["trialPeriod"] = trial_period
            if consent_text_block is not UNSET:
                field_dict["consentTextBlock"] = consent_text_block
            if rate_codes is not UNSET:
                field_dict["rateCodes"] = rate_codes

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
        "name",
        "description",
        "term",
        "imageUrl",
        "trialPeriod",
        "consentTextBlock",
        "rateCodes",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.membership_offer_module_term import MembershipOfferModuleTerm  # noqa: PLC0415
    from ..models.membership_offer_text_block import MembershipOfferTextBlock  # noqa: PLC0415
    from ..models.membership_offer_trial_period import MembershipOfferTrialPeriod  # noqa: PLC0415
    from ..models.rate_code import RateCode  # noqa: PLC0415

    globals().update(
        {
            "MembershipOfferModuleTerm": MembershipOfferModuleTerm,
            "MembershipOfferTextBlock": MembershipOfferTextBlock,
            "MembershipOfferTrialPeriod": MembershipOfferTrialPeriod,
            "RateCode": RateCode,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_name(d: dict[str, Any]) -> str:
    _source: str = d["name"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_description(d: dict[str, Any]) -> str:
    _source: str = d["description"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_term(d: dict[str, Any]) -> MembershipOfferModuleTerm:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["term"]
    term = MembershipOfferModuleTerm.from_dict(_source)

    return term


def _parse_image_url(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("imageUrl", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_trial_period(d: dict[str, Any]) -> MembershipOfferTrialPeriod | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("trialPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _trial_period = _source
    trial_period: MembershipOfferTrialPeriod | Unset
    if isinstance(_trial_period, Unset):
        trial_period = UNSET
    else:
        trial_period = MembershipOfferTrialPeriod.from_dict(_trial_period)

    return trial_period


def _parse_consent_text_block(d: dict[str, Any]) -> MembershipOfferTextBlock | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("consentTextBlock", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _consent_text_block = _source
    consent_text_block: MembershipOfferTextBlock | Unset
    if isinstance(_consent_text_block, Unset):
        consent_text_block = UNSET
    else:
        consent_text_block = MembershipOfferTextBlock.from_dict(_consent_text_block)

    return consent_text_block


def _parse_rate_codes(d: dict[str, Any]) -> list[RateCode] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("rateCodes", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _rate_codes = _source
    rate_codes: list[RateCode] | Unset = UNSET
    if _rate_codes is not UNSET:
        rate_codes = []
        for rate_codes_item_data in _rate_codes:
            rate_codes_item = RateCode.from_dict(rate_codes_item_data)

            rate_codes.append(rate_codes_item)

    return rate_codes


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipOfferIncludedModule,
    (
        ("id", "id", _parse_id, int),
        ("name", "name", _parse_name, str),
        ("description", "description", _parse_description, str),
        ("term", "term", _parse_term, None),
        ("image_url", "imageUrl", _parse_image_url, str),
        ("trial_period", "trialPeriod", _parse_trial_period, None),
        ("consent_text_block", "consentTextBlock", _parse_consent_text_block, None),
        ("rate_codes", "rateCodes", _parse_rate_codes, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

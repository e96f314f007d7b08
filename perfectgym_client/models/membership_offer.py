from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.contract_pre_use_type import ContractPreUseType
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
    from ..models.membership_offer_term import MembershipOfferTerm
    from ..models.rate_code import RateCode


T = TypeVar("T", bound="MembershipOffer")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipOffer:
    """
    Attributes:
        id (int): Unique identifier for the membership offer
        description (str): Description of the membership offer Example: This offer includes access to all gym facilities
            and group classes..
        name (str): Name of the membership offer Example: Standard Membership.
        pre_use_type (ContractPreUseType):
        limited_offering_period (DatePeriod): Period in which the membership offer is valid
        rate_codes (list[RateCode]): Rate codes of the membership offer
        terms (list[MembershipOfferTerm]): List of terms that are part of this membership offer
        sub_description (str | Unset): Sub description for the membership offer Example: Best value for regular gym-
            goers..
        image_url (str | Unset): Temporary valid download link for rate bundle image. Expires after 2 hours. Example:
            https://example.com.
        footnote (str | Unset): Contractual or legal comments to be displayed below the offer Example: This offer is
            valid for new members only. Terms and conditions apply..
    """

    id: int
    description: str
    name: str
    pre_use_type: ContractPreUseType
    limited_offering_period: DatePeriod
    rate_codes: list[RateCode]
    terms: list[MembershipOfferTerm]
    sub_description: str | Unset = UNSET
    image_url: str | Unset = UNSET
    footnote: str | Unset = UNSET
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

            terms = []
            for terms_item_data in self.terms:
                terms_item = terms_item_data.to_dict()
                terms.append(terms_item)

            sub_description = self.sub_description

            image_url = self.image_url

            footnote = self.footnote

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
                    "terms": terms,
                }
            )
            if sub_description is not UNSET:
                field_dict["subDescription"] = sub_description
            if image_url is not UNSET:
                field_dict["imageUrl"] = image_url
            if footnote is not UNSET:
                field_dict["footnote"] = footnote

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
        "terms",
        "subDescription",
        "imageUrl",
        "footnote",
    }
)
_ContractPreUseType_BY_VALUE = enum_members(ContractPreUseType)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.date_period import DatePeriod  # noqa: PLC0415
    from ..models.membership_offer_term import MembershipOfferTerm  # noqa: PLC0415
    from ..models.rate_code import RateCode  # noqa: PLC0415

    globals().update(
        {
            "DatePeriod": DatePeriod,
            "MembershipOfferTerm": MembershipOfferTerm,
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


def _parse_terms(d: dict[str, Any]) -> list[MembershipOfferTerm]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["terms"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    terms = []
    _terms = _source
    for terms_item_data in _terms:
        terms_item = MembershipOfferTerm.from_dict(terms_item_data)

        terms.append(terms_item)

    return terms


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


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipOffer,
    (
        ("id", "id", _parse_id, int),
        ("description", "description", _parse_description, str),
        ("name", "name", _parse_name, str),
        ("pre_use_type", "preUseType", _parse_pre_use_type, None),
        ("limited_offering_period", "limitedOfferingPeriod", _parse_limited_offering_period, None),
        ("rate_codes", "rateCodes", _parse_rate_codes, None),
        ("terms", "terms", _parse_terms, None),
        ("sub_description", "subDescription", _parse_sub_description, str),
        ("image_url", "imageUrl", _parse_image_url, str),
        ("footnote", "footnote", _parse_footnote, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

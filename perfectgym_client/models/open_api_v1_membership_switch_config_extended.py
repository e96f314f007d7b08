from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
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
    from ..models.membership_offer_extended import MembershipOfferExtended
    from ..models.membership_switch_config_presentation_dto import MembershipSwitchConfigPresentationDto
    from ..models.membership_switch_config_source_contract_dto import MembershipSwitchConfigSourceContractDto


T = TypeVar("T", bound="OpenApiV1MembershipSwitchConfigExtended")


@_attrs_define(slots=False, repr=False, eq=False)
class OpenApiV1MembershipSwitchConfigExtended:
    """
    Attributes:
        id (int): Unique ID of the configuration Example: 1000.
        name (str): Name of the configuration Example: Premium Membership Upgrade.
        presentation (MembershipSwitchConfigPresentationDto): Presentation details for the membership switch
            configuration
        source_contracts (list[MembershipSwitchConfigSourceContractDto]): List of source contracts for the membership
            switch
        destination_membership_offers (list[MembershipOfferExtended]): List of destination membership offers
    """

    id: int
    name: str
    presentation: MembershipSwitchConfigPresentationDto
    source_contracts: list[MembershipSwitchConfigSourceContractDto]
    destination_membership_offers: list[MembershipOfferExtended]
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

            presentation = self.presentation.to_dict()

            source_contracts = []
            for source_contracts_item_data in self.source_contracts:
                source_contracts_item = source_contracts_item_data.to_dict()
                source_contracts.append(source_contracts_item)

            destination_membership_offers = []
            for destination_membership_offers_item_data in self.destination_membership_offers:
                destination_membership_offers_item = destination_membership_offers_item_data.to_dict()
                destination_membership_offers.append(destination_membership_offers_item)

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                    "name": name,
                    "presentation": presentation,
                    "sourceContracts": source_contracts,
                    "destinationMembershipOffers": destination_membership_offers,
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
        "id",
        "name",
        "presentation",
        "sourceContracts",
        "destinationMembershipOffers",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.membership_offer_extended import MembershipOfferExtended  # noqa: PLC0415
    from ..models.membership_switch_config_presentation_dto import MembershipSwitchConfigPresentationDto  # noqa: PLC0415
    from ..models.membership_switch_config_source_contract_dto import MembershipSwitchConfigSourceContractDto  # noqa: PLC0415

    globals().update(
        {
            "MembershipOfferExtended": MembershipOfferExtended,
            "MembershipSwitchConfigPresentationDto": MembershipSwitchConfigPresentationDto,
            "MembershipSwitchConfigSourceContractDto": MembershipSwitchConfigSourceContractDto,
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


def _parse_presentation(d: dict[str, Any]) -> MembershipSwitchConfigPresentationDto:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["presentation"]
    presentation = MembershipSwitchConfigPresentationDto.from_dict(_source)

    return presentation


def _parse_source_contracts(d: dict[str, Any]) -> list[MembershipSwitchConfigSourceContractDto]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["sourceContracts"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    source_contracts = []
    _source_contracts = _source
    for source_contracts_item_data in _source_contracts:
        source_contracts_item = MembershipSwitchConfigSourceContractDto.from_dict(source_contracts_item_data)

        source_contracts.append(source_contracts_item)

    return source_contracts


def _parse_destination_membership_offers(d: dict[str, Any]) -> list[MembershipOfferExtended]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["destinationMembershipOffers"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    destination_membership_offers = []
    _destination_membership_offers = _source
    for destination_membership_offers_item_data in _destination_membership_offers:
        destination_membership_offers_item = MembershipOfferExtended.from_dict(destination_membership_offers_item_data)

        destination_membership_offers.append(destination_membership_offers_item)

    return destination_membership_offers


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    OpenApiV1MembershipSwitchConfigExtended,
    (
        ("id", "id", _parse_id, int),
        ("name", "name", _parse_name, str),
        ("presentation", "presentation", _parse_presentation, None),
        ("source_contracts", "sourceContracts", _parse_source_contracts, None),
        ("destination_membership_offers", "destinationMembershipOffers", _parse_destination_membership_offers, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.membership_switch_config_presentation_dto import MembershipSwitchConfigPresentationDto
    from ..models.membership_switch_config_source_contract_dto import MembershipSwitchConfigSourceContractDto


T = TypeVar("T", bound="MembershipSwitchConfig")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipSwitchConfig:
    """
    Attributes:
        id (int): Unique ID of the configuration Example: 1000.
        name (str): Name of the configuration Example: Premium Membership Upgrade.
        presentation (MembershipSwitchConfigPresentationDto): Presentation details for the membership switch
            configuration
        source_contracts (list[MembershipSwitchConfigSourceContractDto]): List of source contracts for the membership
            switch
    """

    id: int
    name: str
    presentation: MembershipSwitchConfigPresentationDto
    source_contracts: list[MembershipSwitchConfigSourceContractDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        presentation = self.presentation.to_dict()

        source_contracts = []
        for source_contracts_item_data in self.source_contracts:
            source_contracts_item = source_contracts_item_data.to_dict()
            source_contracts.append(source_contracts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "presentation": presentation,
                "sourceContracts": source_contracts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON. Fields are parsed when first read; a missing required one fails then."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _obj.__dict__["_lazy_source"] = d
        return _obj

    if not TYPE_CHECKING:  # ours: invisible to type checkers, so misspelt attributes stay errors

        def __getattr__(self, name: str) -> Any:
            try:
                source = self.__dict__["_lazy_source"]
                wire_name, parse = _LAZY_FIELDS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = parse_lazy_field(type(self).__name__, name, wire_name, parse, source)
            self.__dict__[name] = value
            return value

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
    }
)


def _parse_id(d: dict[str, Any]) -> int:
    _source = d["id"]
    expect_json_scalar(_source, int)
    id: int = _source
    return id


def _parse_name(d: dict[str, Any]) -> str:
    _source = d["name"]
    expect_json_scalar(_source, str)
    name: str = _source
    return name


def _parse_presentation(d: dict[str, Any]) -> MembershipSwitchConfigPresentationDto:
    from ..models.membership_switch_config_presentation_dto import MembershipSwitchConfigPresentationDto  # noqa: PLC0415

    _source = d["presentation"]
    presentation = MembershipSwitchConfigPresentationDto.from_dict(_source)

    return presentation


def _parse_source_contracts(d: dict[str, Any]) -> list[MembershipSwitchConfigSourceContractDto]:
    from ..models.membership_switch_config_source_contract_dto import MembershipSwitchConfigSourceContractDto  # noqa: PLC0415

    _source = d["sourceContracts"]
    expect_json_array(_source)
    source_contracts = []
    _source_contracts = _source
    for source_contracts_item_data in _source_contracts:
        source_contracts_item = MembershipSwitchConfigSourceContractDto.from_dict(source_contracts_item_data)

        source_contracts.append(source_contracts_item)

    return source_contracts


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "id": ("id", _parse_id),
    "name": ("name", _parse_name),
    "presentation": ("presentation", _parse_presentation),
    "source_contracts": ("sourceContracts", _parse_source_contracts),
    "additional_properties": ("*", _parse_additional_properties),
}

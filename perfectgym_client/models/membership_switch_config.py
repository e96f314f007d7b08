from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.membership_switch_config_presentation_dto import MembershipSwitchConfigPresentationDto
    from ..models.membership_switch_config_source_contract_dto import MembershipSwitchConfigSourceContractDto


T = TypeVar("T", bound="MembershipSwitchConfig")


@_attrs_define
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
        from ..models.membership_switch_config_presentation_dto import MembershipSwitchConfigPresentationDto  # noqa: PLC0415
        from ..models.membership_switch_config_source_contract_dto import MembershipSwitchConfigSourceContractDto  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        presentation = MembershipSwitchConfigPresentationDto.from_dict(d.pop("presentation"))

        source_contracts = []
        _source_contracts = d.pop("sourceContracts")
        for source_contracts_item_data in _source_contracts:
            source_contracts_item = MembershipSwitchConfigSourceContractDto.from_dict(source_contracts_item_data)

            source_contracts.append(source_contracts_item)

        _obj = cls(
            id=id,
            name=name,
            presentation=presentation,
            source_contracts=source_contracts,
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

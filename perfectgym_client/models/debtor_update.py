from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agency_collection_case_update import AgencyCollectionCaseUpdate
    from ..models.open_api_v1_block_dto import OpenApiV1BlockDto


T = TypeVar("T", bound="DebtorUpdate")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "block",
    }
)


@_attrs_define
class DebtorUpdate:
    """
    Attributes:
        debtor_id (str): Debtor unique id Example: 2334545.
        agency_collection_cases (list[AgencyCollectionCaseUpdate]): List of debt collection cases
        block (OpenApiV1BlockDto | Unset): Option to block the debt for future collection cases
    """

    debtor_id: str
    agency_collection_cases: list[AgencyCollectionCaseUpdate]
    block: OpenApiV1BlockDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debtor_id = self.debtor_id

        agency_collection_cases = []
        for agency_collection_cases_item_data in self.agency_collection_cases:
            agency_collection_cases_item = agency_collection_cases_item_data.to_dict()
            agency_collection_cases.append(agency_collection_cases_item)

        block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block, Unset):
            block = self.block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "debtorId": debtor_id,
                "agencyCollectionCases": agency_collection_cases,
            }
        )
        if block is not UNSET:
            field_dict["block"] = block

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agency_collection_case_update import AgencyCollectionCaseUpdate  # noqa: PLC0415
        from ..models.open_api_v1_block_dto import OpenApiV1BlockDto  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        debtor_id = d.pop("debtorId")

        agency_collection_cases = []
        _agency_collection_cases = d.pop("agencyCollectionCases")
        for agency_collection_cases_item_data in _agency_collection_cases:
            agency_collection_cases_item = AgencyCollectionCaseUpdate.from_dict(agency_collection_cases_item_data)

            agency_collection_cases.append(agency_collection_cases_item)

        _block = d.pop("block", UNSET)
        block: OpenApiV1BlockDto | Unset
        if isinstance(_block, Unset):
            block = UNSET
        else:
            block = OpenApiV1BlockDto.from_dict(_block)

        _obj = cls(
            debtor_id=debtor_id,
            agency_collection_cases=agency_collection_cases,
            block=block,
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

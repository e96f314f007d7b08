from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.closure_update import ClosureUpdate
    from ..models.debt_update import DebtUpdate


T = TypeVar("T", bound="AgencyCollectionCaseUpdate")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "publicCollectionCaseId",
        "closure",
    }
)


@_attrs_define
class AgencyCollectionCaseUpdate:
    """
    Attributes:
        agency_collection_case_id (str): ID the agency has assigned to this case Example: agency-id-123.
        collection_case_ids (list[str]): List of collection case ids which we have created, aggregated for that
            collection case
        debts (list[DebtUpdate]): Debts which were transferred to the agency
        public_collection_case_id (str | Unset):  Example: case-john-wayne-1.
        closure (ClosureUpdate | Unset): Must be set in case the case has been closed, omit this entirely if the case
            isn't closed
    """

    agency_collection_case_id: str
    collection_case_ids: list[str]
    debts: list[DebtUpdate]
    public_collection_case_id: str | Unset = UNSET
    closure: ClosureUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agency_collection_case_id = self.agency_collection_case_id

        collection_case_ids = self.collection_case_ids

        debts = []
        for debts_item_data in self.debts:
            debts_item = debts_item_data.to_dict()
            debts.append(debts_item)

        public_collection_case_id = self.public_collection_case_id

        closure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closure, Unset):
            closure = self.closure.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agencyCollectionCaseId": agency_collection_case_id,
                "collectionCaseIds": collection_case_ids,
                "debts": debts,
            }
        )
        if public_collection_case_id is not UNSET:
            field_dict["publicCollectionCaseId"] = public_collection_case_id
        if closure is not UNSET:
            field_dict["closure"] = closure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.closure_update import ClosureUpdate  # noqa: PLC0415
        from ..models.debt_update import DebtUpdate  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        agency_collection_case_id = d.pop("agencyCollectionCaseId")

        collection_case_ids = cast(list[str], d.pop("collectionCaseIds"))

        debts = []
        _debts = d.pop("debts")
        for debts_item_data in _debts:
            debts_item = DebtUpdate.from_dict(debts_item_data)

            debts.append(debts_item)

        public_collection_case_id = d.pop("publicCollectionCaseId", UNSET)

        _closure = d.pop("closure", UNSET)
        closure: ClosureUpdate | Unset
        if isinstance(_closure, Unset):
            closure = UNSET
        else:
            closure = ClosureUpdate.from_dict(_closure)

        _obj = cls(
            agency_collection_case_id=agency_collection_case_id,
            collection_case_ids=collection_case_ids,
            debts=debts,
            public_collection_case_id=public_collection_case_id,
            closure=closure,
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

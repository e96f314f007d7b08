from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.debt import Debt


T = TypeVar("T", bound="CollectionCase")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "extHumanId",
        "extReferenceId",
    }
)


@_attrs_define
class CollectionCase:
    """
    Attributes:
        collection_case_id (str): ID identifying this Collection case in UUID format Example:
            123e4567-e89b-42d3-a456-556642440000.
        open_amount (float): Total amount open of all debts Example: 1231.
        debt (list[Debt]): List of debts the member needs to pay
        ext_human_id (str | Unset): Human identifier given by the debt collection agency
        ext_reference_id (str | Unset): Identifier given by the debt collection agency
    """

    collection_case_id: str
    open_amount: float
    debt: list[Debt]
    ext_human_id: str | Unset = UNSET
    ext_reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_case_id = self.collection_case_id

        open_amount = self.open_amount

        debt = []
        for debt_item_data in self.debt:
            debt_item = debt_item_data.to_dict()
            debt.append(debt_item)

        ext_human_id = self.ext_human_id

        ext_reference_id = self.ext_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectionCaseId": collection_case_id,
                "openAmount": open_amount,
                "debt": debt,
            }
        )
        if ext_human_id is not UNSET:
            field_dict["extHumanId"] = ext_human_id
        if ext_reference_id is not UNSET:
            field_dict["extReferenceId"] = ext_reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.debt import Debt  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        collection_case_id = d.pop("collectionCaseId")

        open_amount = d.pop("openAmount")

        debt = []
        _debt = d.pop("debt")
        for debt_item_data in _debt:
            debt_item = Debt.from_dict(debt_item_data)

            debt.append(debt_item)

        ext_human_id = d.pop("extHumanId", UNSET)

        ext_reference_id = d.pop("extReferenceId", UNSET)

        _obj = cls(
            collection_case_id=collection_case_id,
            open_amount=open_amount,
            debt=debt,
            ext_human_id=ext_human_id,
            ext_reference_id=ext_reference_id,
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

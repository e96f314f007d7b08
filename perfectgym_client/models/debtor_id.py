from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.debt import Debt
    from ..models.open_api_v1_block import OpenApiV1Block


T = TypeVar("T", bound="DebtorId")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "block",
        "debts",
    }
)


@_attrs_define
class DebtorId:
    """
    Attributes:
        debtor_id (str): Debtor unique id Example: 2334545.
        block (OpenApiV1Block | Unset): Debt is blocked for collection cases
        debts (list[Debt] | Unset): Debts of the debtor
    """

    debtor_id: str
    block: OpenApiV1Block | Unset = UNSET
    debts: list[Debt] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debtor_id = self.debtor_id

        block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block, Unset):
            block = self.block.to_dict()

        debts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.debts, Unset):
            debts = []
            for debts_item_data in self.debts:
                debts_item = debts_item_data.to_dict()
                debts.append(debts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "debtorId": debtor_id,
            }
        )
        if block is not UNSET:
            field_dict["block"] = block
        if debts is not UNSET:
            field_dict["debts"] = debts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.debt import Debt  # noqa: PLC0415
        from ..models.open_api_v1_block import OpenApiV1Block  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        debtor_id = d.pop("debtorId")

        _block = d.pop("block", UNSET)
        block: OpenApiV1Block | Unset
        if isinstance(_block, Unset):
            block = UNSET
        else:
            block = OpenApiV1Block.from_dict(_block)

        _debts = d.pop("debts", UNSET)
        debts: list[Debt] | Unset = UNSET
        if _debts is not UNSET:
            debts = []
            for debts_item_data in _debts:
                debts_item = Debt.from_dict(debts_item_data)

                debts.append(debts_item)

        _obj = cls(
            debtor_id=debtor_id,
            block=block,
            debts=debts,
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

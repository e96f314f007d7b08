from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_api_v1_block_dto import OpenApiV1BlockDto


T = TypeVar("T", bound="DebtUpdate")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "block",
    }
)


@_attrs_define
class DebtUpdate:
    """
    Attributes:
        debt_id (str): Debt id from the Transfer, identifying a debt, in UUID format Example:
            123e4567-e89b-42d3-a456-556642440000.
        original_amount (float): Transferred amount to debt collection agency Example: 100.
        canceled_amount (float): Not accepted amount
        paid_amount (float):  Example: 100.
        currency (str): ISO 4217 currency of the debt code Example: EUR.
        block (OpenApiV1BlockDto | Unset): Option to block the debt for future collection cases
    """

    debt_id: str
    original_amount: float
    canceled_amount: float
    paid_amount: float
    currency: str
    block: OpenApiV1BlockDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debt_id = self.debt_id

        original_amount = self.original_amount

        canceled_amount = self.canceled_amount

        paid_amount = self.paid_amount

        currency = self.currency

        block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block, Unset):
            block = self.block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "debtId": debt_id,
                "originalAmount": original_amount,
                "canceledAmount": canceled_amount,
                "paidAmount": paid_amount,
                "currency": currency,
            }
        )
        if block is not UNSET:
            field_dict["block"] = block

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_api_v1_block_dto import OpenApiV1BlockDto  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        debt_id = d.pop("debtId")

        original_amount = d.pop("originalAmount")

        canceled_amount = d.pop("canceledAmount")

        paid_amount = d.pop("paidAmount")

        currency = d.pop("currency")

        _block = d.pop("block", UNSET)
        block: OpenApiV1BlockDto | Unset
        if isinstance(_block, Unset):
            block = UNSET
        else:
            block = OpenApiV1BlockDto.from_dict(_block)

        _obj = cls(
            debt_id=debt_id,
            original_amount=original_amount,
            canceled_amount=canceled_amount,
            paid_amount=paid_amount,
            currency=currency,
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

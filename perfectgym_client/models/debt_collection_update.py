from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.debtor_update import DebtorUpdate


T = TypeVar("T", bound="DebtCollectionUpdate")


@_attrs_define
class DebtCollectionUpdate:
    """
    Attributes:
        debtors (list[DebtorUpdate]): List of debtors with their payments
        request_id (str): Request unique UUID id Example: fc336b0b-409c-4c66-a26d-ab25b87dcb8f.
    """

    debtors: list[DebtorUpdate]
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debtors = []
        for debtors_item_data in self.debtors:
            debtors_item = debtors_item_data.to_dict()
            debtors.append(debtors_item)

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "debtors": debtors,
                "requestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.debtor_update import DebtorUpdate  # noqa: PLC0415

        d = dict(src_dict)
        debtors = []
        _debtors = d.pop("debtors")
        for debtors_item_data in _debtors:
            debtors_item = DebtorUpdate.from_dict(debtors_item_data)

            debtors.append(debtors_item)

        request_id = d.pop("requestId")

        _obj = cls(
            debtors=debtors,
            request_id=request_id,
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

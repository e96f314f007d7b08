from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MembershipSelfServiceMainContractCancelation")


@_attrs_define
class MembershipSelfServiceMainContractCancelation:
    """
    Attributes:
        cancelation_date (datetime.date): Date the contract should be canceled to Example: 2023-01-25.
        cancelation_reason_id (int): Id of the reason why the contract is canceled Example: 1234.
        contract_id (int): Id of the contract Example: 1000.
    """

    cancelation_date: datetime.date
    cancelation_reason_id: int
    contract_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelation_date = self.cancelation_date.isoformat()

        cancelation_reason_id = self.cancelation_reason_id

        contract_id = self.contract_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelationDate": cancelation_date,
                "cancelationReasonId": cancelation_reason_id,
                "contractId": contract_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cancelation_date = datetime.date.fromisoformat(d.pop("cancelationDate"))

        cancelation_reason_id = d.pop("cancelationReasonId")

        contract_id = d.pop("contractId")

        _obj = cls(
            cancelation_date=cancelation_date,
            cancelation_reason_id=cancelation_reason_id,
            contract_id=contract_id,
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

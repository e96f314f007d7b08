from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContractCancelationReason")


@_attrs_define
class ContractCancelationReason:
    """
    Attributes:
        cancelation_reason_id (int): Id of the contract cancelation reason Example: 1000.
        cancelation_reason_name (str): Name of the contract cancelation reason Example: Officially ordered studio
            closure.
    """

    cancelation_reason_id: int
    cancelation_reason_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelation_reason_id = self.cancelation_reason_id

        cancelation_reason_name = self.cancelation_reason_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelationReasonId": cancelation_reason_id,
                "cancelationReasonName": cancelation_reason_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cancelation_reason_id = d.pop("cancelationReasonId")

        cancelation_reason_name = d.pop("cancelationReasonName")

        _obj = cls(
            cancelation_reason_id=cancelation_reason_id,
            cancelation_reason_name=cancelation_reason_name,
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

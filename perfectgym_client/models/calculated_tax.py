from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculatedTax")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "netAmount",
        "grossAmount",
        "taxAmount",
        "taxRate",
    }
)


@_attrs_define
class CalculatedTax:
    """
    Attributes:
        net_amount (float | Unset): Net amount (before tax)
        gross_amount (float | Unset): Gross amount (including tax)
        tax_amount (float | Unset): Tax amount
        tax_rate (float | Unset): Tax rate in percent
    """

    net_amount: float | Unset = UNSET
    gross_amount: float | Unset = UNSET
    tax_amount: float | Unset = UNSET
    tax_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        net_amount = self.net_amount

        gross_amount = self.gross_amount

        tax_amount = self.tax_amount

        tax_rate = self.tax_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if net_amount is not UNSET:
            field_dict["netAmount"] = net_amount
        if gross_amount is not UNSET:
            field_dict["grossAmount"] = gross_amount
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if tax_rate is not UNSET:
            field_dict["taxRate"] = tax_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        net_amount = d.pop("netAmount", UNSET)

        gross_amount = d.pop("grossAmount", UNSET)

        tax_amount = d.pop("taxAmount", UNSET)

        tax_rate = d.pop("taxRate", UNSET)

        _obj = cls(
            net_amount=net_amount,
            gross_amount=gross_amount,
            tax_amount=tax_amount,
            tax_rate=tax_rate,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="CalculatedTax")


@_attrs_define(slots=False, repr=False, eq=False)
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
        """Build from API JSON. Fields are parsed when first read; a missing required one fails then."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _obj.__dict__["_lazy_source"] = d
        return _obj

    if not TYPE_CHECKING:  # ours: invisible to type checkers, so misspelt attributes stay errors

        def __getattr__(self, name: str) -> Any:
            try:
                source = self.__dict__["_lazy_source"]
                wire_name, parse = _LAZY_FIELDS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = parse_lazy_field(type(self).__name__, name, wire_name, parse, source)
            self.__dict__[name] = value
            return value

    def __repr__(self) -> str:
        return lazy_model_repr(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return lazy_model_eq(self, other)

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


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "netAmount",
        "grossAmount",
        "taxAmount",
        "taxRate",
    }
)


def _parse_net_amount(d: dict[str, Any]) -> float | Unset:
    _source = d.get("netAmount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, float)
    net_amount: float | Unset = _source
    return net_amount


def _parse_gross_amount(d: dict[str, Any]) -> float | Unset:
    _source = d.get("grossAmount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, float)
    gross_amount: float | Unset = _source
    return gross_amount


def _parse_tax_amount(d: dict[str, Any]) -> float | Unset:
    _source = d.get("taxAmount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, float)
    tax_amount: float | Unset = _source
    return tax_amount


def _parse_tax_rate(d: dict[str, Any]) -> float | Unset:
    _source = d.get("taxRate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, float)
    tax_rate: float | Unset = _source
    return tax_rate


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "net_amount": ("netAmount", _parse_net_amount),
    "gross_amount": ("grossAmount", _parse_gross_amount),
    "tax_amount": ("taxAmount", _parse_tax_amount),
    "tax_rate": ("taxRate", _parse_tax_rate),
    "additional_properties": ("*", _parse_additional_properties),
}

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="AdditionalModuleContractCancelation")


@_attrs_define(slots=False, repr=False, eq=False)
class AdditionalModuleContractCancelation:
    """
    Attributes:
        cancelation_date (datetime.date): Date the contract should be canceled to Example: 2023-01-25.
        cancelation_reason_id (int): Id of the reason why the contract is canceled Example: 1234.
    """

    cancelation_date: datetime.date
    cancelation_reason_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelation_date = self.cancelation_date.isoformat()

        cancelation_reason_id = self.cancelation_reason_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelationDate": cancelation_date,
                "cancelationReasonId": cancelation_reason_id,
            }
        )

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
        "cancelationDate",
        "cancelationReasonId",
    }
)


def _parse_cancelation_date(d: dict[str, Any]) -> datetime.date:
    _source = d["cancelationDate"]
    cancelation_date = datetime.date.fromisoformat(_source)

    return cancelation_date


def _parse_cancelation_reason_id(d: dict[str, Any]) -> int:
    _source = d["cancelationReasonId"]
    expect_json_scalar(_source, int)
    cancelation_reason_id: int = _source
    return cancelation_reason_id


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "cancelation_date": ("cancelationDate", _parse_cancelation_date),
    "cancelation_reason_id": ("cancelationReasonId", _parse_cancelation_reason_id),
    "additional_properties": ("*", _parse_additional_properties),
}

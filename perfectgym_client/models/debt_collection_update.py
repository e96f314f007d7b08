from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.debtor_update import DebtorUpdate


T = TypeVar("T", bound="DebtCollectionUpdate")


@_attrs_define(slots=False, repr=False, eq=False)
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
        "debtors",
        "requestId",
    }
)


def _parse_debtors(d: dict[str, Any]) -> list[DebtorUpdate]:
    from ..models.debtor_update import DebtorUpdate  # noqa: PLC0415

    _source = d["debtors"]
    expect_json_array(_source)
    debtors = []
    _debtors = _source
    for debtors_item_data in _debtors:
        debtors_item = DebtorUpdate.from_dict(debtors_item_data)

        debtors.append(debtors_item)

    return debtors


def _parse_request_id(d: dict[str, Any]) -> str:
    _source = d["requestId"]
    expect_json_scalar(_source, str)
    request_id: str = _source
    return request_id


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "debtors": ("debtors", _parse_debtors),
    "request_id": ("requestId", _parse_request_id),
    "additional_properties": ("*", _parse_additional_properties),
}

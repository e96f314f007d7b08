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

if TYPE_CHECKING:
    from ..models.term_with_minutes import TermWithMinutes


T = TypeVar("T", bound="ClassCancelationCondition")


@_attrs_define(slots=False, repr=False, eq=False)
class ClassCancelationCondition:
    """Cancelation condition of a class

    Attributes:
        cancelation_after_latest_possible (bool | Unset): Whether cancelation after latest term is possible Example:
            True.
        latest_cancel_term (TermWithMinutes | Unset): The latest term before which the class can be canceled
    """

    cancelation_after_latest_possible: bool | Unset = UNSET
    latest_cancel_term: TermWithMinutes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelation_after_latest_possible = self.cancelation_after_latest_possible

        latest_cancel_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_cancel_term, Unset):
            latest_cancel_term = self.latest_cancel_term.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancelation_after_latest_possible is not UNSET:
            field_dict["cancelationAfterLatestPossible"] = cancelation_after_latest_possible
        if latest_cancel_term is not UNSET:
            field_dict["latestCancelTerm"] = latest_cancel_term

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
        "cancelationAfterLatestPossible",
        "latestCancelTerm",
    }
)


def _parse_cancelation_after_latest_possible(d: dict[str, Any]) -> bool | Unset:
    _source = d.get("cancelationAfterLatestPossible", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, bool)
    cancelation_after_latest_possible: bool | Unset = _source
    return cancelation_after_latest_possible


def _parse_latest_cancel_term(d: dict[str, Any]) -> TermWithMinutes | Unset:
    from ..models.term_with_minutes import TermWithMinutes  # noqa: PLC0415

    _source = d.get("latestCancelTerm", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _latest_cancel_term = _source
    latest_cancel_term: TermWithMinutes | Unset
    if isinstance(_latest_cancel_term, Unset):
        latest_cancel_term = UNSET
    else:
        latest_cancel_term = TermWithMinutes.from_dict(_latest_cancel_term)

    return latest_cancel_term


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "cancelation_after_latest_possible": ("cancelationAfterLatestPossible", _parse_cancelation_after_latest_possible),
    "latest_cancel_term": ("latestCancelTerm", _parse_latest_cancel_term),
    "additional_properties": ("*", _parse_additional_properties),
}

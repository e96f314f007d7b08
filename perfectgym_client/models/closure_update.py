from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.closure_update_rejection_reason import ClosureUpdateRejectionReason
from ..models.closure_update_type import ClosureUpdateType
from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.closure_option import ClosureOption


T = TypeVar("T", bound="ClosureUpdate")


@_attrs_define(slots=False, repr=False, eq=False)
class ClosureUpdate:
    """Must be set in case the case has been closed, omit this entirely if the case isn't closed

    Attributes:
        type_ (ClosureUpdateType): Closure type
        date (datetime.date): Closure date Example: 2022-09-20.
        options (list[ClosureOption] | Unset): Additional settings for case closures
        rejection_reason (ClosureUpdateRejectionReason | Unset): Mandatory if type is REJECTION. This defines why the
            case was rejected by the agency
        closure_reason (str | Unset): Optional closure reason Example: Not successful due to mail not successfully
            delivered.
    """

    type_: ClosureUpdateType
    date: datetime.date
    options: list[ClosureOption] | Unset = UNSET
    rejection_reason: ClosureUpdateRejectionReason | Unset = UNSET
    closure_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        date = self.date.isoformat()

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        rejection_reason: str | Unset = UNSET
        if not isinstance(self.rejection_reason, Unset):
            rejection_reason = self.rejection_reason.value

        closure_reason = self.closure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "date": date,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason
        if closure_reason is not UNSET:
            field_dict["closureReason"] = closure_reason

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
        "type",
        "date",
        "options",
        "rejectionReason",
        "closureReason",
    }
)


def _parse_type_(d: dict[str, Any]) -> ClosureUpdateType:
    _source = d["type"]
    type_ = ClosureUpdateType(_source)

    return type_


def _parse_date(d: dict[str, Any]) -> datetime.date:
    _source = d["date"]
    date = datetime.date.fromisoformat(_source)

    return date


def _parse_options(d: dict[str, Any]) -> list[ClosureOption] | Unset:
    from ..models.closure_option import ClosureOption  # noqa: PLC0415

    _source = d.get("options", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_array(_source)
    _options = _source
    options: list[ClosureOption] | Unset = UNSET
    if _options is not UNSET:
        options = []
        for options_item_data in _options:
            options_item = ClosureOption.from_dict(options_item_data)

            options.append(options_item)

    return options


def _parse_rejection_reason(d: dict[str, Any]) -> ClosureUpdateRejectionReason | Unset:
    _source = d.get("rejectionReason", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _rejection_reason = _source
    rejection_reason: ClosureUpdateRejectionReason | Unset
    if isinstance(_rejection_reason, Unset):
        rejection_reason = UNSET
    else:
        rejection_reason = ClosureUpdateRejectionReason(_rejection_reason)

    return rejection_reason


def _parse_closure_reason(d: dict[str, Any]) -> str | Unset:
    _source = d.get("closureReason", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    closure_reason: str | Unset = _source
    return closure_reason


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "type_": ("type", _parse_type_),
    "date": ("date", _parse_date),
    "options": ("options", _parse_options),
    "rejection_reason": ("rejectionReason", _parse_rejection_reason),
    "closure_reason": ("closureReason", _parse_closure_reason),
    "additional_properties": ("*", _parse_additional_properties),
}

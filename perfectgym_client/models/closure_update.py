from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.closure_update_rejection_reason import ClosureUpdateRejectionReason
from ..models.closure_update_type import ClosureUpdateType
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_array,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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

        except MalformedFieldError:
            if "_raw" not in self.__dict__:
                raise
            return dict_as_received(self)

    def to_json(self, *, exclude_unset: bool = True) -> str:
        """``to_dict()`` as compact JSON text."""
        return model_json(self.to_dict(exclude_unset=exclude_unset))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON, keeping the dict (not a copy). Fields are parsed when first read."""
        _obj = cls.__new__(cls)
        _obj.__dict__["_raw"] = src_dict if src_dict.__class__ is dict else json_object(src_dict)
        return _obj

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
_ClosureUpdateType_BY_VALUE = enum_members(ClosureUpdateType)
_ClosureUpdateRejectionReason_BY_VALUE = enum_members(ClosureUpdateRejectionReason)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.closure_option import ClosureOption  # noqa: PLC0415

    globals().update(
        {
            "ClosureOption": ClosureOption,
        }
    )
    _nested_resolved = True


def _parse_type_(d: dict[str, Any]) -> ClosureUpdateType:
    _source = d["type"]
    try:
        return _ClosureUpdateType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return ClosureUpdateType(_source)


def _parse_date(d: dict[str, Any]) -> datetime.date:
    _source = d["date"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    date = datetime.date.fromisoformat(_source)

    return date


def _parse_options(d: dict[str, Any]) -> list[ClosureOption] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("options", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
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
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _ClosureUpdateRejectionReason_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return ClosureUpdateRejectionReason(_source)


def _parse_closure_reason(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("closureReason", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    ClosureUpdate,
    (
        ("type_", "type", _parse_type_, None),
        ("date", "date", _parse_date, None),
        ("options", "options", _parse_options, None),
        ("rejection_reason", "rejectionReason", _parse_rejection_reason, None),
        ("closure_reason", "closureReason", _parse_closure_reason, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

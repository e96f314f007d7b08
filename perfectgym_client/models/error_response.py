from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
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
    from ..models.error_response_args_item import ErrorResponseArgsItem
    from ..models.typed_argument_dto import TypedArgumentDto


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(slots=False, repr=False, eq=False)
class ErrorResponse:
    """
    Attributes:
        error_message (str): Resolved message in the context-specific default locale
        error_code (str | Unset): Key for translation files
        trace_id (str | Unset): Trace id (quote it in support requests)
        reference (str | Unset): Path of the field that failed validation Example: parent.child.
        args (list[ErrorResponseArgsItem] | Unset): Arguments of the message template
        typed_args (list[TypedArgumentDto] | Unset): Same as args, with type information
    """

    error_message: str
    error_code: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    reference: str | Unset = UNSET
    args: list[ErrorResponseArgsItem] | Unset = UNSET
    typed_args: list[TypedArgumentDto] | Unset = UNSET
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
            error_message = self.error_message

            error_code = self.error_code

            trace_id = self.trace_id

            reference = self.reference

            args: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.args, Unset):
                args = []
                for args_item_data in self.args:
                    args_item = args_item_data.to_dict()
                    args.append(args_item)

            typed_args: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.typed_args, Unset):
                typed_args = []
                for typed_args_item_data in self.typed_args:
                    typed_args_item = typed_args_item_data.to_dict()
                    typed_args.append(typed_args_item)

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "errorMessage": error_message,
                }
            )
            if error_code is not UNSET:
                field_dict["errorCode"] = error_code
            if trace_id is not UNSET:
                field_dict["traceId"] = trace_id
            if reference is not UNSET:
                field_dict["reference"] = reference
            if args is not UNSET:
                field_dict["args"] = args
            if typed_args is not UNSET:
                field_dict["typedArgs"] = typed_args

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
        "errorMessage",
        "errorCode",
        "traceId",
        "reference",
        "args",
        "typedArgs",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.error_response_args_item import ErrorResponseArgsItem  # noqa: PLC0415
    from ..models.typed_argument_dto import TypedArgumentDto  # noqa: PLC0415

    globals().update(
        {
            "ErrorResponseArgsItem": ErrorResponseArgsItem,
            "TypedArgumentDto": TypedArgumentDto,
        }
    )
    _nested_resolved = True


def _parse_error_message(d: dict[str, Any]) -> str:
    _source: str = d["errorMessage"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_error_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("errorCode", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_trace_id(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("traceId", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_reference(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("reference", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_args(d: dict[str, Any]) -> list[ErrorResponseArgsItem] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("args", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _args = _source
    args: list[ErrorResponseArgsItem] | Unset = UNSET
    if _args is not UNSET:
        args = []
        for args_item_data in _args:
            args_item = ErrorResponseArgsItem.from_dict(args_item_data)

            args.append(args_item)

    return args


def _parse_typed_args(d: dict[str, Any]) -> list[TypedArgumentDto] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("typedArgs", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _typed_args = _source
    typed_args: list[TypedArgumentDto] | Unset = UNSET
    if _typed_args is not UNSET:
        typed_args = []
        for typed_args_item_data in _typed_args:
            typed_args_item = TypedArgumentDto.from_dict(typed_args_item_data)

            typed_args.append(typed_args_item)

    return typed_args


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    ErrorResponse,
    (
        ("error_message", "errorMessage", _parse_error_message, str),
        ("error_code", "errorCode", _parse_error_code, str),
        ("trace_id", "traceId", _parse_trace_id, str),
        ("reference", "reference", _parse_reference, str),
        ("args", "args", _parse_args, None),
        ("typed_args", "typedArgs", _parse_typed_args, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_args_item import ErrorResponseArgsItem
    from ..models.typed_argument_dto import TypedArgumentDto


T = TypeVar("T", bound="ErrorResponse")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "errorCode",
        "traceId",
        "reference",
        "args",
        "typedArgs",
    }
)


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response_args_item import ErrorResponseArgsItem  # noqa: PLC0415
        from ..models.typed_argument_dto import TypedArgumentDto  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        error_message = d.pop("errorMessage")

        error_code = d.pop("errorCode", UNSET)

        trace_id = d.pop("traceId", UNSET)

        reference = d.pop("reference", UNSET)

        _args = d.pop("args", UNSET)
        args: list[ErrorResponseArgsItem] | Unset = UNSET
        if _args is not UNSET:
            args = []
            for args_item_data in _args:
                args_item = ErrorResponseArgsItem.from_dict(args_item_data)

                args.append(args_item)

        _typed_args = d.pop("typedArgs", UNSET)
        typed_args: list[TypedArgumentDto] | Unset = UNSET
        if _typed_args is not UNSET:
            typed_args = []
            for typed_args_item_data in _typed_args:
                typed_args_item = TypedArgumentDto.from_dict(typed_args_item_data)

                typed_args.append(typed_args_item)

        _obj = cls(
            error_message=error_message,
            error_code=error_code,
            trace_id=trace_id,
            reference=reference,
            args=args,
            typed_args=typed_args,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.typed_argument_dto_type import TypedArgumentDtoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.typed_argument_dto_value import TypedArgumentDtoValue


T = TypeVar("T", bound="TypedArgumentDto")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "value",
        "type",
    }
)


@_attrs_define
class TypedArgumentDto:
    """
    Attributes:
        value (TypedArgumentDtoValue | Unset):
        type_ (TypedArgumentDtoType | Unset):
    """

    value: TypedArgumentDtoValue | Unset = UNSET
    type_: TypedArgumentDtoType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.typed_argument_dto_value import TypedArgumentDtoValue  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        _value = d.pop("value", UNSET)
        value: TypedArgumentDtoValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = TypedArgumentDtoValue.from_dict(_value)

        _type_ = d.pop("type", UNSET)
        type_: TypedArgumentDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TypedArgumentDtoType(_type_)

        _obj = cls(
            value=value,
            type_=type_,
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

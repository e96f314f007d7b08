from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_medium_dto_type import AccessMediumDtoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessMediumDto")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "id",
        "type",
        "value",
    }
)


@_attrs_define
class AccessMediumDto:
    """
    Attributes:
        id (int | Unset): Unique identifier for the access medium Example: 1234567890.
        type_ (AccessMediumDtoType | Unset): Represents a type of access medium
        value (str | Unset): Unique identifier for the access medium
    """

    id: int | Unset = UNSET
    type_: AccessMediumDtoType | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AccessMediumDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AccessMediumDtoType(_type_)

        value = d.pop("value", UNSET)

        _obj = cls(
            id=id,
            type_=type_,
            value=value,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Instructor")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "publicName",
    }
)


@_attrs_define
class Instructor:
    """
    Attributes:
        id (int): Unique ID of the instructor Example: 101.
        first_name (str): Instructor's first name Example: Anna.
        last_name (str): Instructor's last name Example: Chodakowska.
        public_name (str | Unset): Public name that should be shown to customers Example: Peter2000.
    """

    id: int
    first_name: str
    last_name: str
    public_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        public_name = self.public_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if public_name is not UNSET:
            field_dict["publicName"] = public_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        public_name = d.pop("publicName", UNSET)

        _obj = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            public_name=public_name,
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

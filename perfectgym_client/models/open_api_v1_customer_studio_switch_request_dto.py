from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenApiV1CustomerStudioSwitchRequestDto")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "description",
    }
)


@_attrs_define
class OpenApiV1CustomerStudioSwitchRequestDto:
    """
    Attributes:
        target_studio_id (int): The ID of the studio to be switched to Example: 123456789.
        switch_date (datetime.date): Date of the switch Example: 2024-01-01.
        description (str | Unset): A description of the studio switch that will be stored in the customer history
    """

    target_studio_id: int
    switch_date: datetime.date
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_studio_id = self.target_studio_id

        switch_date = self.switch_date.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetStudioId": target_studio_id,
                "switchDate": switch_date,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        target_studio_id = d.pop("targetStudioId")

        switch_date = datetime.date.fromisoformat(d.pop("switchDate"))

        description = d.pop("description", UNSET)

        _obj = cls(
            target_studio_id=target_studio_id,
            switch_date=switch_date,
            description=description,
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

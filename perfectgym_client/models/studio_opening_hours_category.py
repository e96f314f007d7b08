from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.availability import Availability


T = TypeVar("T", bound="StudioOpeningHoursCategory")


@_attrs_define
class StudioOpeningHoursCategory:
    """
    Attributes:
        category_id (int): ID of the opening hours category Example: 1234567890.
        name (str): Name of the opening hours category Example: Off-Peak.
        opening_hours (list[Availability]): List of opening hours for this category
    """

    category_id: int
    name: str
    opening_hours: list[Availability]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        name = self.name

        opening_hours = []
        for opening_hours_item_data in self.opening_hours:
            opening_hours_item = opening_hours_item_data.to_dict()
            opening_hours.append(opening_hours_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categoryId": category_id,
                "name": name,
                "openingHours": opening_hours,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.availability import Availability  # noqa: PLC0415

        d = dict(src_dict)
        category_id = d.pop("categoryId")

        name = d.pop("name")

        opening_hours = []
        _opening_hours = d.pop("openingHours")
        for opening_hours_item_data in _opening_hours:
            opening_hours_item = Availability.from_dict(opening_hours_item_data)

            opening_hours.append(opening_hours_item)

        _obj = cls(
            category_id=category_id,
            name=name,
            opening_hours=opening_hours,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BookableAppointment")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "title",
        "duration",
        "category",
        "description",
        "imgUrl",
    }
)


@_attrs_define
class BookableAppointment:
    """Trial offer bookable appointment

    Attributes:
        id (int): Unique ID of the bookable appointment Example: 1001.
        title (str | Unset): Title of the bookable appointment Example: Mission Beach body.
        duration (int | Unset): Duration of the bookable appointment in minutes Example: 45.
        category (str | Unset): Category of the bookable appointment Example: Fitness.
        description (str | Unset): Description of the bookable appointment Example: Get your body ready for beaches.
        img_url (str | Unset): Image URL assigned to display this bookable appointment
    """

    id: int
    title: str | Unset = UNSET
    duration: int | Unset = UNSET
    category: str | Unset = UNSET
    description: str | Unset = UNSET
    img_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        duration = self.duration

        category = self.category

        description = self.description

        img_url = self.img_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if duration is not UNSET:
            field_dict["duration"] = duration
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if img_url is not UNSET:
            field_dict["imgUrl"] = img_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        title = d.pop("title", UNSET)

        duration = d.pop("duration", UNSET)

        category = d.pop("category", UNSET)

        description = d.pop("description", UNSET)

        img_url = d.pop("imgUrl", UNSET)

        _obj = cls(
            id=id,
            title=title,
            duration=duration,
            category=category,
            description=description,
            img_url=img_url,
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

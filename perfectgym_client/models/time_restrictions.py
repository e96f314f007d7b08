from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.availability import Availability
    from ..models.opening_hours_category import OpeningHoursCategory


T = TypeVar("T", bound="TimeRestrictions")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "openingHoursCategory",
        "availabilities",
    }
)


@_attrs_define
class TimeRestrictions:
    """Time restrictions for this membership offer based on opening hours categories

    Attributes:
        opening_hours_category (OpeningHoursCategory | Unset): Opening hours category that defines these restrictions
        availabilities (list[Availability] | Unset): List of availabilities for this offer
    """

    opening_hours_category: OpeningHoursCategory | Unset = UNSET
    availabilities: list[Availability] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opening_hours_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opening_hours_category, Unset):
            opening_hours_category = self.opening_hours_category.to_dict()

        availabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availabilities, Unset):
            availabilities = []
            for availabilities_item_data in self.availabilities:
                availabilities_item = availabilities_item_data.to_dict()
                availabilities.append(availabilities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opening_hours_category is not UNSET:
            field_dict["openingHoursCategory"] = opening_hours_category
        if availabilities is not UNSET:
            field_dict["availabilities"] = availabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.availability import Availability  # noqa: PLC0415
        from ..models.opening_hours_category import OpeningHoursCategory  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        _opening_hours_category = d.pop("openingHoursCategory", UNSET)
        opening_hours_category: OpeningHoursCategory | Unset
        if isinstance(_opening_hours_category, Unset):
            opening_hours_category = UNSET
        else:
            opening_hours_category = OpeningHoursCategory.from_dict(_opening_hours_category)

        _availabilities = d.pop("availabilities", UNSET)
        availabilities: list[Availability] | Unset = UNSET
        if _availabilities is not UNSET:
            availabilities = []
            for availabilities_item_data in _availabilities:
                availabilities_item = Availability.from_dict(availabilities_item_data)

                availabilities.append(availabilities_item)

        _obj = cls(
            opening_hours_category=opening_hours_category,
            availabilities=availabilities,
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioInformationBase")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "name",
        "description",
        "country",
        "countryCode",
        "openingDate",
        "closingDate",
    }
)


@_attrs_define
class StudioInformationBase:
    """
    Attributes:
        studio_id (int): Studio Id Example: 123.
        name (str | Unset): Studio name Example: Example studio.
        description (str | Unset): Studio description Example: Example studio description.
        country (str | Unset): Studio address' country Example: Germany.
        country_code (str | Unset): Studio address' country code Example: DE.
        opening_date (datetime.date | Unset): Studio opening date Example: 2025-06-11.
        closing_date (datetime.date | Unset): Studio closing date Example: 2029-01-01.
    """

    studio_id: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    country: str | Unset = UNSET
    country_code: str | Unset = UNSET
    opening_date: datetime.date | Unset = UNSET
    closing_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        studio_id = self.studio_id

        name = self.name

        description = self.description

        country = self.country

        country_code = self.country_code

        opening_date: str | Unset = UNSET
        if not isinstance(self.opening_date, Unset):
            opening_date = self.opening_date.isoformat()

        closing_date: str | Unset = UNSET
        if not isinstance(self.closing_date, Unset):
            closing_date = self.closing_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "studioId": studio_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if opening_date is not UNSET:
            field_dict["openingDate"] = opening_date
        if closing_date is not UNSET:
            field_dict["closingDate"] = closing_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        studio_id = d.pop("studioId")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        country = d.pop("country", UNSET)

        country_code = d.pop("countryCode", UNSET)

        _opening_date = d.pop("openingDate", UNSET)
        opening_date: datetime.date | Unset
        if isinstance(_opening_date, Unset):
            opening_date = UNSET
        else:
            opening_date = datetime.date.fromisoformat(_opening_date)

        _closing_date = d.pop("closingDate", UNSET)
        closing_date: datetime.date | Unset
        if isinstance(_closing_date, Unset):
            closing_date = UNSET
        else:
            closing_date = datetime.date.fromisoformat(_closing_date)

        _obj = cls(
            studio_id=studio_id,
            name=name,
            description=description,
            country=country,
            country_code=country_code,
            opening_date=opening_date,
            closing_date=closing_date,
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

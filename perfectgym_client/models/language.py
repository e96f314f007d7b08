from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Language")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "countryCode",
    }
)


@_attrs_define
class Language:
    """Basic language information

    Attributes:
        language_code (str): The language code Example: de.
        country_code (str | Unset): The country code Example: DE.
    """

    language_code: str
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language_code = self.language_code

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "languageCode": language_code,
            }
        )
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        language_code = d.pop("languageCode")

        country_code = d.pop("countryCode", UNSET)

        _obj = cls(
            language_code=language_code,
            country_code=country_code,
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

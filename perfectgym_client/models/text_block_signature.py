from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TextBlockSignature")


@_attrs_define
class TextBlockSignature:
    """
    Attributes:
        base_64_svg_signature (str): Text block's signature SVG value as base 64 string
        text_block_id (int): The ID of the referenced text block of the signature
    """

    base_64_svg_signature: str
    text_block_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_64_svg_signature = self.base_64_svg_signature

        text_block_id = self.text_block_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base64SvgSignature": base_64_svg_signature,
                "textBlockId": text_block_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_64_svg_signature = d.pop("base64SvgSignature")

        text_block_id = d.pop("textBlockId")

        _obj = cls(
            base_64_svg_signature=base_64_svg_signature,
            text_block_id=text_block_id,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_information_field_type import AdditionalInformationFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_information_list_item import AdditionalInformationListItem


T = TypeVar("T", bound="AdditionalInformationField")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "abbreviation",
        "listItems",
    }
)


@_attrs_define
class AdditionalInformationField:
    """
    Attributes:
        id (int): The unique ID of the additional information field Example: 1234567890.
        name (str): The name of the additional information field Example: Membership Type.
        type_ (AdditionalInformationFieldType): The type of an additional information field
        abbreviation (str | Unset): The abbreviation of the additional information field Example: MT.
        list_items (list[AdditionalInformationListItem] | Unset): A list of list items
    """

    id: int
    name: str
    type_: AdditionalInformationFieldType
    abbreviation: str | Unset = UNSET
    list_items: list[AdditionalInformationListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_.value

        abbreviation = self.abbreviation

        list_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_items, Unset):
            list_items = []
            for list_items_item_data in self.list_items:
                list_items_item = list_items_item_data.to_dict()
                list_items.append(list_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if list_items is not UNSET:
            field_dict["listItems"] = list_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_information_list_item import AdditionalInformationListItem  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        name = d.pop("name")

        type_ = AdditionalInformationFieldType(d.pop("type"))

        abbreviation = d.pop("abbreviation", UNSET)

        _list_items = d.pop("listItems", UNSET)
        list_items: list[AdditionalInformationListItem] | Unset = UNSET
        if _list_items is not UNSET:
            list_items = []
            for list_items_item_data in _list_items:
                list_items_item = AdditionalInformationListItem.from_dict(list_items_item_data)

                list_items.append(list_items_item)

        _obj = cls(
            id=id,
            name=name,
            type_=type_,
            abbreviation=abbreviation,
            list_items=list_items,
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

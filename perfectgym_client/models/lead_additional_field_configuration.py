from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_additional_field_configuration_mode import LeadAdditionalFieldConfigurationMode
from ..models.lead_additional_field_configuration_type import LeadAdditionalFieldConfigurationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadAdditionalFieldConfiguration")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "selectionValues",
    }
)


@_attrs_define
class LeadAdditionalFieldConfiguration:
    """
    Attributes:
        additional_field_id (int): The unique ID of the additional information field Example: 1234567890.
        name (str): The name of the additional information field Example: Do you have health issues?.
        type_ (LeadAdditionalFieldConfigurationType): The type of an additional information field
        allow_multi_selection (bool): If the type is LIST this defines if only one or more items can be selected as
            answer
        mode (LeadAdditionalFieldConfigurationMode): Represents the mode of an input field
        selection_values (list[str] | Unset): A list of options to pick from
    """

    additional_field_id: int
    name: str
    type_: LeadAdditionalFieldConfigurationType
    allow_multi_selection: bool
    mode: LeadAdditionalFieldConfigurationMode
    selection_values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_field_id = self.additional_field_id

        name = self.name

        type_ = self.type_.value

        allow_multi_selection = self.allow_multi_selection

        mode = self.mode.value

        selection_values: list[str] | Unset = UNSET
        if not isinstance(self.selection_values, Unset):
            selection_values = self.selection_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "additionalFieldId": additional_field_id,
                "name": name,
                "type": type_,
                "allowMultiSelection": allow_multi_selection,
                "mode": mode,
            }
        )
        if selection_values is not UNSET:
            field_dict["selectionValues"] = selection_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        additional_field_id = d.pop("additionalFieldId")

        name = d.pop("name")

        type_ = LeadAdditionalFieldConfigurationType(d.pop("type"))

        allow_multi_selection = d.pop("allowMultiSelection")

        mode = LeadAdditionalFieldConfigurationMode(d.pop("mode"))

        selection_values = cast(list[str], d.pop("selectionValues", UNSET))

        _obj = cls(
            additional_field_id=additional_field_id,
            name=name,
            type_=type_,
            allow_multi_selection=allow_multi_selection,
            mode=mode,
            selection_values=selection_values,
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

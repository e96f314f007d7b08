from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_model import DeviceModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Device")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "id",
        "name",
        "model",
    }
)


@_attrs_define
class Device:
    """
    Attributes:
        active (bool): Device state
        id (int | Unset): Device id Example: 26.
        name (str | Unset): Device name Example: Turnstile (left).
        model (DeviceModel | Unset): Device model
    """

    active: bool
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    model: DeviceModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        name = self.name

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        active = d.pop("active")

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _model = d.pop("model", UNSET)
        model: DeviceModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = DeviceModel(_model)

        _obj = cls(
            active=active,
            id=id,
            name=name,
            model=model,
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

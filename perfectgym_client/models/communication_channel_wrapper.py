from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_channel_wrapper_communication_channel import CommunicationChannelWrapperCommunicationChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunicationChannelWrapper")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "customerOverridable",
        "active",
    }
)


@_attrs_define
class CommunicationChannelWrapper:
    """
    Attributes:
        communication_channel (CommunicationChannelWrapperCommunicationChannel): The communication channel
        customer_overridable (bool | Unset): Indicates if the customer can override the communication channel Example:
            True.
        active (bool | Unset): Indicates if the communication channel is active Example: True.
    """

    communication_channel: CommunicationChannelWrapperCommunicationChannel
    customer_overridable: bool | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        communication_channel = self.communication_channel.value

        customer_overridable = self.customer_overridable

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "communicationChannel": communication_channel,
            }
        )
        if customer_overridable is not UNSET:
            field_dict["customerOverridable"] = customer_overridable
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        communication_channel = CommunicationChannelWrapperCommunicationChannel(d.pop("communicationChannel"))

        customer_overridable = d.pop("customerOverridable", UNSET)

        active = d.pop("active", UNSET)

        _obj = cls(
            communication_channel=communication_channel,
            customer_overridable=customer_overridable,
            active=active,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_preference_message_category import CommunicationPreferenceMessageCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.communication_channel_wrapper import CommunicationChannelWrapper


T = TypeVar("T", bound="CommunicationPreference")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "messageCategory",
        "channels",
    }
)


@_attrs_define
class CommunicationPreference:
    """
    Attributes:
        message_category (CommunicationPreferenceMessageCategory | Unset): The message category of the communication
            preference
        channels (list[CommunicationChannelWrapper] | Unset): The communication channels related to the message category
            of the communication preference
    """

    message_category: CommunicationPreferenceMessageCategory | Unset = UNSET
    channels: list[CommunicationChannelWrapper] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_category: str | Unset = UNSET
        if not isinstance(self.message_category, Unset):
            message_category = self.message_category.value

        channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.to_dict()
                channels.append(channels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_category is not UNSET:
            field_dict["messageCategory"] = message_category
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.communication_channel_wrapper import CommunicationChannelWrapper  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        _message_category = d.pop("messageCategory", UNSET)
        message_category: CommunicationPreferenceMessageCategory | Unset
        if isinstance(_message_category, Unset):
            message_category = UNSET
        else:
            message_category = CommunicationPreferenceMessageCategory(_message_category)

        _channels = d.pop("channels", UNSET)
        channels: list[CommunicationChannelWrapper] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = CommunicationChannelWrapper.from_dict(channels_item_data)

                channels.append(channels_item)

        _obj = cls(
            message_category=message_category,
            channels=channels,
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

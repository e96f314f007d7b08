from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_preference_message_category import CommunicationPreferenceMessageCategory
from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.communication_channel_wrapper import CommunicationChannelWrapper


T = TypeVar("T", bound="CommunicationPreference")


@_attrs_define(slots=False, repr=False, eq=False)
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
        """Build from API JSON. Fields are parsed when first read; a missing required one fails then."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _obj.__dict__["_lazy_source"] = d
        return _obj

    if not TYPE_CHECKING:  # ours: invisible to type checkers, so misspelt attributes stay errors

        def __getattr__(self, name: str) -> Any:
            try:
                source = self.__dict__["_lazy_source"]
                wire_name, parse = _LAZY_FIELDS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = parse_lazy_field(type(self).__name__, name, wire_name, parse, source)
            self.__dict__[name] = value
            return value

    def __repr__(self) -> str:
        return lazy_model_repr(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return lazy_model_eq(self, other)

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


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "messageCategory",
        "channels",
    }
)


def _parse_message_category(d: dict[str, Any]) -> CommunicationPreferenceMessageCategory | Unset:
    _source = d.get("messageCategory", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _message_category = _source
    message_category: CommunicationPreferenceMessageCategory | Unset
    if isinstance(_message_category, Unset):
        message_category = UNSET
    else:
        message_category = CommunicationPreferenceMessageCategory(_message_category)

    return message_category


def _parse_channels(d: dict[str, Any]) -> list[CommunicationChannelWrapper] | Unset:
    from ..models.communication_channel_wrapper import CommunicationChannelWrapper  # noqa: PLC0415

    _source = d.get("channels", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_array(_source)
    _channels = _source
    channels: list[CommunicationChannelWrapper] | Unset = UNSET
    if _channels is not UNSET:
        channels = []
        for channels_item_data in _channels:
            channels_item = CommunicationChannelWrapper.from_dict(channels_item_data)

            channels.append(channels_item)

    return channels


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "message_category": ("messageCategory", _parse_message_category),
    "channels": ("channels", _parse_channels),
    "additional_properties": ("*", _parse_additional_properties),
}

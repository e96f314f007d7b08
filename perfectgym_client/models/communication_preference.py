from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.communication_preference_message_category import CommunicationPreferenceMessageCategory
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_array,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update({})
            if message_category is not UNSET:
                field_dict["messageCategory"] = message_category
            if channels is not UNSET:
                field_dict["channels"] = channels

            return field_dict

        except MalformedFieldError:
            if "_raw" not in self.__dict__:
                raise
            return dict_as_received(self)

    def to_json(self, *, exclude_unset: bool = True) -> str:
        """``to_dict()`` as compact JSON text."""
        return model_json(self.to_dict(exclude_unset=exclude_unset))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON, keeping the dict (not a copy). Fields are parsed when first read."""
        _obj = cls.__new__(cls)
        _obj.__dict__["_raw"] = src_dict if src_dict.__class__ is dict else json_object(src_dict)
        return _obj

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
_CommunicationPreferenceMessageCategory_BY_VALUE = enum_members(CommunicationPreferenceMessageCategory)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.communication_channel_wrapper import CommunicationChannelWrapper  # noqa: PLC0415

    globals().update(
        {
            "CommunicationChannelWrapper": CommunicationChannelWrapper,
        }
    )
    _nested_resolved = True


def _parse_message_category(d: dict[str, Any]) -> CommunicationPreferenceMessageCategory | Unset:
    _source = d.get("messageCategory", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _CommunicationPreferenceMessageCategory_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return CommunicationPreferenceMessageCategory(_source)


def _parse_channels(d: dict[str, Any]) -> list[CommunicationChannelWrapper] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("channels", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
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
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    CommunicationPreference,
    (
        ("message_category", "messageCategory", _parse_message_category, None),
        ("channels", "channels", _parse_channels, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_channel_wrapper_communication_channel import CommunicationChannelWrapperCommunicationChannel
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="CommunicationChannelWrapper")


@_attrs_define(slots=False, repr=False, eq=False)
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
        "communicationChannel",
        "customerOverridable",
        "active",
    }
)


def _parse_communication_channel(d: dict[str, Any]) -> CommunicationChannelWrapperCommunicationChannel:
    _source = d["communicationChannel"]
    communication_channel = CommunicationChannelWrapperCommunicationChannel(_source)

    return communication_channel


def _parse_customer_overridable(d: dict[str, Any]) -> bool | Unset:
    _source = d.get("customerOverridable", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, bool)
    customer_overridable: bool | Unset = _source
    return customer_overridable


def _parse_active(d: dict[str, Any]) -> bool | Unset:
    _source = d.get("active", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, bool)
    active: bool | Unset = _source
    return active


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "communication_channel": ("communicationChannel", _parse_communication_channel),
    "customer_overridable": ("customerOverridable", _parse_customer_overridable),
    "active": ("active", _parse_active),
    "additional_properties": ("*", _parse_additional_properties),
}

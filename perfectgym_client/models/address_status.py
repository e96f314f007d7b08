from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.address_status_type import AddressStatusType
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

T = TypeVar("T", bound="AddressStatus")


@_attrs_define(slots=False, repr=False, eq=False)
class AddressStatus:
    """Describes the status of the address

    Attributes:
        type_ (AddressStatusType): Type of address status
        status_information (str | Unset): More details on the overall status Example: Letter could not be delivered.
        since (datetime.date | Unset): Current status unchanged since Example: 2000-01-01.
    """

    type_: AddressStatusType
    status_information: str | Unset = UNSET
    since: datetime.date | Unset = UNSET
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
            type_ = self.type_.value

            status_information = self.status_information

            since: str | Unset = UNSET
            if not isinstance(self.since, Unset):
                since = self.since.isoformat()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "type": type_,
                }
            )
            if status_information is not UNSET:
                field_dict["statusInformation"] = status_information
            if since is not UNSET:
                field_dict["since"] = since

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
        "type",
        "statusInformation",
        "since",
    }
)
_AddressStatusType_BY_VALUE = enum_members(AddressStatusType)


def _parse_type_(d: dict[str, Any]) -> AddressStatusType:
    _source = d["type"]
    try:
        return _AddressStatusType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return AddressStatusType(_source)


def _parse_status_information(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("statusInformation", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_since(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("since", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _since = _source
    since: datetime.date | Unset
    if isinstance(_since, Unset):
        since = UNSET
    else:
        since = datetime.date.fromisoformat(_since)

    return since


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    AddressStatus,
    (
        ("type_", "type", _parse_type_, None),
        ("status_information", "statusInformation", _parse_status_information, str),
        ("since", "since", _parse_since, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.address_status import AddressStatus


T = TypeVar("T", bound="AddressDetails")


@_attrs_define(slots=False, repr=False, eq=False)
class AddressDetails:
    """Describes the address in detail, so every country has its own fields filled

    Attributes:
        street (str | Unset): Street of the client Example: Burgring.
        house_number (str | Unset): House number of the client Example: 23A.
        address_status (AddressStatus | Unset): Describes the status of the address
    """

    street: str | Unset = UNSET
    house_number: str | Unset = UNSET
    address_status: AddressStatus | Unset = UNSET
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
            street = self.street

            house_number = self.house_number

            address_status: dict[str, Any] | Unset = UNSET
            if not isinstance(self.address_status, Unset):
                address_status = self.address_status.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update({})
            if street is not UNSET:
                field_dict["street"] = street
            if house_number is not UNSET:
                field_dict["houseNumber"] = house_number
            if address_status is not UNSET:
                field_dict["addressStatus"] = address_status

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
        "street",
        "houseNumber",
        "addressStatus",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.address_status import AddressStatus  # noqa: PLC0415

    globals().update(
        {
            "AddressStatus": AddressStatus,
        }
    )
    _nested_resolved = True


def _parse_street(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("street", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_house_number(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("houseNumber", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_address_status(d: dict[str, Any]) -> AddressStatus | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("addressStatus", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _address_status = _source
    address_status: AddressStatus | Unset
    if isinstance(_address_status, Unset):
        address_status = UNSET
    else:
        address_status = AddressStatus.from_dict(_address_status)

    return address_status


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    AddressDetails,
    (
        ("street", "street", _parse_street, str),
        ("house_number", "houseNumber", _parse_house_number, str),
        ("address_status", "addressStatus", _parse_address_status, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

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
    from ..models.money import Money


T = TypeVar("T", bound="OnlineOffer")


@_attrs_define(slots=False, repr=False, eq=False)
class OnlineOffer:
    """An online offer that customers can purchase (for example a day pass).

    Attributes:
        online_offer_id (int): Unique ID of the online offer Example: 1234567890.
        name (str | Unset): Name of the online offer
        price (Money | Unset): Base price of the contract
        type_ (str | Unset): Kind of online offer; CHECK_IN_BASED (based on check-ins) is documented, more may follow.
            Example: CHECK_IN_BASED.
    """

    online_offer_id: int
    name: str | Unset = UNSET
    price: Money | Unset = UNSET
    type_: str | Unset = UNSET
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
            online_offer_id = self.online_offer_id

            name = self.name

            price: dict[str, Any] | Unset = UNSET
            if not isinstance(self.price, Unset):
                price = self.price.to_dict()

            type_ = self.type_

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "onlineOfferId": online_offer_id,
                }
            )
            if name is not UNSET:
                field_dict["name"] = name
            if price is not UNSET:
                field_dict["price"] = price
            if type_ is not UNSET:
                field_dict["type"] = type_

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
        "onlineOfferId",
        "name",
        "price",
        "type",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.money import Money  # noqa: PLC0415

    globals().update(
        {
            "Money": Money,
        }
    )
    _nested_resolved = True


def _parse_online_offer_id(d: dict[str, Any]) -> int:
    _source: int = d["onlineOfferId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("name", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_price(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("price", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _price = _source
    price: Money | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = Money.from_dict(_price)

    return price


def _parse_type_(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("type", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    OnlineOffer,
    (
        ("online_offer_id", "onlineOfferId", _parse_online_offer_id, int),
        ("name", "name", _parse_name, str),
        ("price", "price", _parse_price, None),
        ("type_", "type", _parse_type_, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
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

    def to_dict(self) -> dict[str, Any]:
        online_offer_id = self.online_offer_id

        name = self.name

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        "onlineOfferId",
        "name",
        "price",
        "type",
    }
)


def _parse_online_offer_id(d: dict[str, Any]) -> int:
    _source = d["onlineOfferId"]
    expect_json_scalar(_source, int)
    online_offer_id: int = _source
    return online_offer_id


def _parse_name(d: dict[str, Any]) -> str | Unset:
    _source = d.get("name", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    name: str | Unset = _source
    return name


def _parse_price(d: dict[str, Any]) -> Money | Unset:
    from ..models.money import Money  # noqa: PLC0415

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
    _source = d.get("type", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    type_: str | Unset = _source
    return type_


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "online_offer_id": ("onlineOfferId", _parse_online_offer_id),
    "name": ("name", _parse_name),
    "price": ("price", _parse_price),
    "type_": ("type", _parse_type_),
    "additional_properties": ("*", _parse_additional_properties),
}

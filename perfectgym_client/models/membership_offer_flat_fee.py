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
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency
    from ..models.term import Term


T = TypeVar("T", bound="MembershipOfferFlatFee")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipOfferFlatFee:
    """
    Attributes:
        name (str): The name of the flat fee Example: Starter Package.
        formatted_payment_frequency (str): The formatted payment frequency of the flat fee Example: 12M.
        identifier (str | Unset): The identifier of the flat fee Example: ID12345.
        first_booking_delay (Term | Unset): Represents a term
        starter_package (bool | Unset):
        payment_frequency (MembershipOfferPaymentFrequency | Unset): Represents the payment frequency
    """

    name: str
    formatted_payment_frequency: str
    identifier: str | Unset = UNSET
    first_booking_delay: Term | Unset = UNSET
    starter_package: bool | Unset = UNSET
    payment_frequency: MembershipOfferPaymentFrequency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        formatted_payment_frequency = self.formatted_payment_frequency

        identifier = self.identifier

        first_booking_delay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_booking_delay, Unset):
            first_booking_delay = self.first_booking_delay.to_dict()

        starter_package = self.starter_package

        payment_frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_frequency, Unset):
            payment_frequency = self.payment_frequency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "formattedPaymentFrequency": formatted_payment_frequency,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if first_booking_delay is not UNSET:
            field_dict["firstBookingDelay"] = first_booking_delay
        if starter_package is not UNSET:
            field_dict["starterPackage"] = starter_package
        if payment_frequency is not UNSET:
            field_dict["paymentFrequency"] = payment_frequency

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
        "name",
        "formattedPaymentFrequency",
        "identifier",
        "firstBookingDelay",
        "starterPackage",
        "paymentFrequency",
    }
)


def _parse_name(d: dict[str, Any]) -> str:
    _source = d["name"]
    expect_json_scalar(_source, str)
    name: str = _source
    return name


def _parse_formatted_payment_frequency(d: dict[str, Any]) -> str:
    _source = d["formattedPaymentFrequency"]
    expect_json_scalar(_source, str)
    formatted_payment_frequency: str = _source
    return formatted_payment_frequency


def _parse_identifier(d: dict[str, Any]) -> str | Unset:
    _source = d.get("identifier", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    identifier: str | Unset = _source
    return identifier


def _parse_first_booking_delay(d: dict[str, Any]) -> Term | Unset:
    from ..models.term import Term  # noqa: PLC0415

    _source = d.get("firstBookingDelay", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _first_booking_delay = _source
    first_booking_delay: Term | Unset
    if isinstance(_first_booking_delay, Unset):
        first_booking_delay = UNSET
    else:
        first_booking_delay = Term.from_dict(_first_booking_delay)

    return first_booking_delay


def _parse_starter_package(d: dict[str, Any]) -> bool | Unset:
    _source = d.get("starterPackage", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, bool)
    starter_package: bool | Unset = _source
    return starter_package


def _parse_payment_frequency(d: dict[str, Any]) -> MembershipOfferPaymentFrequency | Unset:
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency  # noqa: PLC0415

    _source = d.get("paymentFrequency", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _payment_frequency = _source
    payment_frequency: MembershipOfferPaymentFrequency | Unset
    if isinstance(_payment_frequency, Unset):
        payment_frequency = UNSET
    else:
        payment_frequency = MembershipOfferPaymentFrequency.from_dict(_payment_frequency)

    return payment_frequency


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "name": ("name", _parse_name),
    "formatted_payment_frequency": ("formattedPaymentFrequency", _parse_formatted_payment_frequency),
    "identifier": ("identifier", _parse_identifier),
    "first_booking_delay": ("firstBookingDelay", _parse_first_booking_delay),
    "starter_package": ("starterPackage", _parse_starter_package),
    "payment_frequency": ("paymentFrequency", _parse_payment_frequency),
    "additional_properties": ("*", _parse_additional_properties),
}

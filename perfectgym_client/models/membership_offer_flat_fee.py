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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "name",
        "formattedPaymentFrequency",
        "identifier",
        "firstBookingDelay",
        "starterPackage",
        "paymentFrequency",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency  # noqa: PLC0415
    from ..models.term import Term  # noqa: PLC0415

    globals().update(
        {
            "MembershipOfferPaymentFrequency": MembershipOfferPaymentFrequency,
            "Term": Term,
        }
    )
    _nested_resolved = True


def _parse_name(d: dict[str, Any]) -> str:
    _source: str = d["name"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_formatted_payment_frequency(d: dict[str, Any]) -> str:
    _source: str = d["formattedPaymentFrequency"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_identifier(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("identifier", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_first_booking_delay(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    _source: bool | Unset = d.get("starterPackage", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_payment_frequency(d: dict[str, Any]) -> MembershipOfferPaymentFrequency | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipOfferFlatFee,
    (
        ("name", "name", _parse_name, str),
        ("formatted_payment_frequency", "formattedPaymentFrequency", _parse_formatted_payment_frequency, str),
        ("identifier", "identifier", _parse_identifier, str),
        ("first_booking_delay", "firstBookingDelay", _parse_first_booking_delay, None),
        ("starter_package", "starterPackage", _parse_starter_package, bool),
        ("payment_frequency", "paymentFrequency", _parse_payment_frequency, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

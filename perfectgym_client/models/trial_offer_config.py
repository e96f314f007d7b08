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
    from ..models.term import Term
    from ..models.term_with_minutes import TermWithMinutes
    from ..models.trial_offer_lead_data_config import TrialOfferLeadDataConfig


T = TypeVar("T", bound="TrialOfferConfig")


@_attrs_define(slots=False, repr=False, eq=False)
class TrialOfferConfig:
    """
    Attributes:
        id (int): The id of the trial offer config Example: 1.
        name (str): The name of the trial offer config Example: Probeangebot.
        prevent_multiple_bookings_term (Term): Represents a term
        contingent (int): How often a lead can book the trial offer Example: 2.
        allow_booking_for_leads (bool): Whether booking is allowed for leads Example: True.
        lead_data_config (TrialOfferLeadDataConfig): The trial offer lead data configuration
        confirmation_of_booking_term (TermWithMinutes | Unset): The latest term before which the class can be canceled
    """

    id: int
    name: str
    prevent_multiple_bookings_term: Term
    contingent: int
    allow_booking_for_leads: bool
    lead_data_config: TrialOfferLeadDataConfig
    confirmation_of_booking_term: TermWithMinutes | Unset = UNSET
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
            id = self.id

            name = self.name

            prevent_multiple_bookings_term = self.prevent_multiple_bookings_term.to_dict()

            contingent = self.contingent

            allow_booking_for_leads = self.allow_booking_for_leads

            lead_data_config = self.lead_data_config.to_dict()

            confirmation_of_booking_term: dict[str, Any] | Unset = UNSET
            if not isinstance(self.confirmation_of_booking_term, Unset):
                confirmation_of_booking_term = self.confirmation_of_booking_term.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                    "name": name,
                    "preventMultipleBookingsTerm": prevent_multiple_bookings_term,
                    "contingent": contingent,
                    "allowBookingForLeads": allow_booking_for_leads,
                    "leadDataConfig": lead_data_config,
                }
            )
            if confirmation_of_booking_term is not UNSET:
                field_dict["confirmationOfBookingTerm"] = confirmation_of_booking_term

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
        "id",
        "name",
        "preventMultipleBookingsTerm",
        "contingent",
        "allowBookingForLeads",
        "leadDataConfig",
        "confirmationOfBookingTerm",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.term import Term  # noqa: PLC0415
    from ..models.term_with_minutes import TermWithMinutes  # noqa: PLC0415
    from ..models.trial_offer_lead_data_config import TrialOfferLeadDataConfig  # noqa: PLC0415

    globals().update(
        {
            "Term": Term,
            "TermWithMinutes": TermWithMinutes,
            "TrialOfferLeadDataConfig": TrialOfferLeadDataConfig,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_name(d: dict[str, Any]) -> str:
    _source: str = d["name"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_prevent_multiple_bookings_term(d: dict[str, Any]) -> Term:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["preventMultipleBookingsTerm"]
    prevent_multiple_bookings_term = Term.from_dict(_source)

    return prevent_multiple_bookings_term


def _parse_contingent(d: dict[str, Any]) -> int:
    _source: int = d["contingent"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_allow_booking_for_leads(d: dict[str, Any]) -> bool:
    _source: bool = d["allowBookingForLeads"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_lead_data_config(d: dict[str, Any]) -> TrialOfferLeadDataConfig:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["leadDataConfig"]
    lead_data_config = TrialOfferLeadDataConfig.from_dict(_source)

    return lead_data_config


def _parse_confirmation_of_booking_term(d: dict[str, Any]) -> TermWithMinutes | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("confirmationOfBookingTerm", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _confirmation_of_booking_term = _source
    confirmation_of_booking_term: TermWithMinutes | Unset
    if isinstance(_confirmation_of_booking_term, Unset):
        confirmation_of_booking_term = UNSET
    else:
        confirmation_of_booking_term = TermWithMinutes.from_dict(_confirmation_of_booking_term)

    return confirmation_of_booking_term


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    TrialOfferConfig,
    (
        ("id", "id", _parse_id, int),
        ("name", "name", _parse_name, str),
        ("prevent_multiple_bookings_term", "preventMultipleBookingsTerm", _parse_prevent_multiple_bookings_term, None),
        ("contingent", "contingent", _parse_contingent, int),
        ("allow_booking_for_leads", "allowBookingForLeads", _parse_allow_booking_for_leads, bool),
        ("lead_data_config", "leadDataConfig", _parse_lead_data_config, None),
        ("confirmation_of_booking_term", "confirmationOfBookingTerm", _parse_confirmation_of_booking_term, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

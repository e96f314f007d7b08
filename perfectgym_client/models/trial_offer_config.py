from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.term import Term
    from ..models.term_with_minutes import TermWithMinutes
    from ..models.trial_offer_lead_data_config import TrialOfferLeadDataConfig


T = TypeVar("T", bound="TrialOfferConfig")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "confirmationOfBookingTerm",
    }
)


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.term import Term  # noqa: PLC0415
        from ..models.term_with_minutes import TermWithMinutes  # noqa: PLC0415
        from ..models.trial_offer_lead_data_config import TrialOfferLeadDataConfig  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        name = d.pop("name")

        prevent_multiple_bookings_term = Term.from_dict(d.pop("preventMultipleBookingsTerm"))

        contingent = d.pop("contingent")

        allow_booking_for_leads = d.pop("allowBookingForLeads")

        lead_data_config = TrialOfferLeadDataConfig.from_dict(d.pop("leadDataConfig"))

        _confirmation_of_booking_term = d.pop("confirmationOfBookingTerm", UNSET)
        confirmation_of_booking_term: TermWithMinutes | Unset
        if isinstance(_confirmation_of_booking_term, Unset):
            confirmation_of_booking_term = UNSET
        else:
            confirmation_of_booking_term = TermWithMinutes.from_dict(_confirmation_of_booking_term)

        _obj = cls(
            id=id,
            name=name,
            prevent_multiple_bookings_term=prevent_multiple_bookings_term,
            contingent=contingent,
            allow_booking_for_leads=allow_booking_for_leads,
            lead_data_config=lead_data_config,
            confirmation_of_booking_term=confirmation_of_booking_term,
        )

        _obj.additional_properties = d
        return _obj

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

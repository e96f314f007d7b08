from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bookable_appointment import BookableAppointment


T = TypeVar("T", bound="BookableTrialOfferAppointment")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "id",
    }
)


@_attrs_define
class BookableTrialOfferAppointment:
    """
    Attributes:
        trial_offer_config_id (int): Unique ID of the trial offer configuration containing the bookable trial offer
            appointment Example: 1.
        trial_offer_bookable_appointment (BookableAppointment): Trial offer bookable appointment
        id (int | Unset):
    """

    trial_offer_config_id: int
    trial_offer_bookable_appointment: BookableAppointment
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_offer_config_id = self.trial_offer_config_id

        trial_offer_bookable_appointment = self.trial_offer_bookable_appointment.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trialOfferConfigId": trial_offer_config_id,
                "trialOfferBookableAppointment": trial_offer_bookable_appointment,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bookable_appointment import BookableAppointment  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        trial_offer_config_id = d.pop("trialOfferConfigId")

        trial_offer_bookable_appointment = BookableAppointment.from_dict(d.pop("trialOfferBookableAppointment"))

        id = d.pop("id", UNSET)

        _obj = cls(
            trial_offer_config_id=trial_offer_config_id,
            trial_offer_bookable_appointment=trial_offer_bookable_appointment,
            id=id,
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

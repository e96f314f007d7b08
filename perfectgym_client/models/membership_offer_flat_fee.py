from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency
    from ..models.term import Term


T = TypeVar("T", bound="MembershipOfferFlatFee")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "identifier",
        "firstBookingDelay",
        "starterPackage",
        "paymentFrequency",
    }
)


@_attrs_define
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
        from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency  # noqa: PLC0415
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        name = d.pop("name")

        formatted_payment_frequency = d.pop("formattedPaymentFrequency")

        identifier = d.pop("identifier", UNSET)

        _first_booking_delay = d.pop("firstBookingDelay", UNSET)
        first_booking_delay: Term | Unset
        if isinstance(_first_booking_delay, Unset):
            first_booking_delay = UNSET
        else:
            first_booking_delay = Term.from_dict(_first_booking_delay)

        starter_package = d.pop("starterPackage", UNSET)

        _payment_frequency = d.pop("paymentFrequency", UNSET)
        payment_frequency: MembershipOfferPaymentFrequency | Unset
        if isinstance(_payment_frequency, Unset):
            payment_frequency = UNSET
        else:
            payment_frequency = MembershipOfferPaymentFrequency.from_dict(_payment_frequency)

        _obj = cls(
            name=name,
            formatted_payment_frequency=formatted_payment_frequency,
            identifier=identifier,
            first_booking_delay=first_booking_delay,
            starter_package=starter_package,
            payment_frequency=payment_frequency,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price
    from ..models.signup_payment_schedule_entry import SignupPaymentScheduleEntry


T = TypeVar("T", bound="SignupPaymentPreview")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "paymentSchedule",
        "dueOnSigningAmount",
    }
)


@_attrs_define
class SignupPaymentPreview:
    """Detailed payment preview including schedule and due-on-signing amount

    Attributes:
        payment_schedule (list[SignupPaymentScheduleEntry] | Unset): Payment schedule entries in chronological order
        due_on_signing_amount (Price | Unset): Amount of the charge
    """

    payment_schedule: list[SignupPaymentScheduleEntry] | Unset = UNSET
    due_on_signing_amount: Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_schedule, Unset):
            payment_schedule = []
            for payment_schedule_item_data in self.payment_schedule:
                payment_schedule_item = payment_schedule_item_data.to_dict()
                payment_schedule.append(payment_schedule_item)

        due_on_signing_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.due_on_signing_amount, Unset):
            due_on_signing_amount = self.due_on_signing_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_schedule is not UNSET:
            field_dict["paymentSchedule"] = payment_schedule
        if due_on_signing_amount is not UNSET:
            field_dict["dueOnSigningAmount"] = due_on_signing_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415
        from ..models.signup_payment_schedule_entry import SignupPaymentScheduleEntry  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        _payment_schedule = d.pop("paymentSchedule", UNSET)
        payment_schedule: list[SignupPaymentScheduleEntry] | Unset = UNSET
        if _payment_schedule is not UNSET:
            payment_schedule = []
            for payment_schedule_item_data in _payment_schedule:
                payment_schedule_item = SignupPaymentScheduleEntry.from_dict(payment_schedule_item_data)

                payment_schedule.append(payment_schedule_item)

        _due_on_signing_amount = d.pop("dueOnSigningAmount", UNSET)
        due_on_signing_amount: Price | Unset
        if isinstance(_due_on_signing_amount, Unset):
            due_on_signing_amount = UNSET
        else:
            due_on_signing_amount = Price.from_dict(_due_on_signing_amount)

        _obj = cls(
            payment_schedule=payment_schedule,
            due_on_signing_amount=due_on_signing_amount,
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

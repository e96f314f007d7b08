from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signup_payment_schedule_entry_type import SignupPaymentScheduleEntryType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="SignupPaymentScheduleEntry")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "dueDate",
        "description",
        "type",
        "amount",
        "mandatoryOnSigning",
    }
)


@_attrs_define
class SignupPaymentScheduleEntry:
    """
    Attributes:
        due_date (datetime.date | Unset): Due date of the payment in ISO-8601 format Example: 2025-12-31.
        description (str | Unset): Description of the charge Example: Contract Basic.
        type_ (SignupPaymentScheduleEntryType | Unset): Type of membership payment
        amount (Price | Unset): Amount of the charge
        mandatory_on_signing (bool | Unset): Indicates if the payment is mandatory on signing Example: True.
    """

    due_date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    type_: SignupPaymentScheduleEntryType | Unset = UNSET
    amount: Price | Unset = UNSET
    mandatory_on_signing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        mandatory_on_signing = self.mandatory_on_signing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if mandatory_on_signing is not UNSET:
            field_dict["mandatoryOnSigning"] = mandatory_on_signing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SignupPaymentScheduleEntryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SignupPaymentScheduleEntryType(_type_)

        _amount = d.pop("amount", UNSET)
        amount: Price | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Price.from_dict(_amount)

        mandatory_on_signing = d.pop("mandatoryOnSigning", UNSET)

        _obj = cls(
            due_date=due_date,
            description=description,
            type_=type_,
            amount=amount,
            mandatory_on_signing=mandatory_on_signing,
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="BookingEntry")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "description",
        "amount",
        "openAmount",
    }
)


@_attrs_define
class BookingEntry:
    """
    Attributes:
        id (int): The internal id of the entry
        due_date (datetime.date): Date to booking is/was to be paid
        installment_plan (bool): Whether or not the booking was transferred into an installment plan
        description (str | Unset): Description of the booking
        amount (Money | Unset): Base price of the contract
        open_amount (Money | Unset): Base price of the contract
    """

    id: int
    due_date: datetime.date
    installment_plan: bool
    description: str | Unset = UNSET
    amount: Money | Unset = UNSET
    open_amount: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        due_date = self.due_date.isoformat()

        installment_plan = self.installment_plan

        description = self.description

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        open_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_amount, Unset):
            open_amount = self.open_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dueDate": due_date,
                "installmentPlan": installment_plan,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if open_amount is not UNSET:
            field_dict["openAmount"] = open_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        installment_plan = d.pop("installmentPlan")

        description = d.pop("description", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Money | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Money.from_dict(_amount)

        _open_amount = d.pop("openAmount", UNSET)
        open_amount: Money | Unset
        if isinstance(_open_amount, Unset):
            open_amount = UNSET
        else:
            open_amount = Money.from_dict(_open_amount)

        _obj = cls(
            id=id,
            due_date=due_date,
            installment_plan=installment_plan,
            description=description,
            amount=amount,
            open_amount=open_amount,
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

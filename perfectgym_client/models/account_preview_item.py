from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_preview_item_charge_type import AccountPreviewItemChargeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="AccountPreviewItem")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "paidPeriodFrom",
        "paidPeriodTo",
        "description",
        "discountedAmount",
        "chargeType",
    }
)


@_attrs_define
class AccountPreviewItem:
    """
    Attributes:
        due_date (datetime.date): Date to charge is/was to be paid Example: 2025-01-14.
        amount (Money): Base price of the contract
        paid_period_from (datetime.date | Unset): Start date of the paid period Example: 2025-01-01.
        paid_period_to (datetime.date | Unset): End date of the paid period Example: 2025-01-31.
        description (str | Unset): Description of the charge
        discounted_amount (Money | Unset): Base price of the contract
        charge_type (AccountPreviewItemChargeType | Unset): Classification of the charge
    """

    due_date: datetime.date
    amount: Money
    paid_period_from: datetime.date | Unset = UNSET
    paid_period_to: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    discounted_amount: Money | Unset = UNSET
    charge_type: AccountPreviewItemChargeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date = self.due_date.isoformat()

        amount = self.amount.to_dict()

        paid_period_from: str | Unset = UNSET
        if not isinstance(self.paid_period_from, Unset):
            paid_period_from = self.paid_period_from.isoformat()

        paid_period_to: str | Unset = UNSET
        if not isinstance(self.paid_period_to, Unset):
            paid_period_to = self.paid_period_to.isoformat()

        description = self.description

        discounted_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discounted_amount, Unset):
            discounted_amount = self.discounted_amount.to_dict()

        charge_type: str | Unset = UNSET
        if not isinstance(self.charge_type, Unset):
            charge_type = self.charge_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dueDate": due_date,
                "amount": amount,
            }
        )
        if paid_period_from is not UNSET:
            field_dict["paidPeriodFrom"] = paid_period_from
        if paid_period_to is not UNSET:
            field_dict["paidPeriodTo"] = paid_period_to
        if description is not UNSET:
            field_dict["description"] = description
        if discounted_amount is not UNSET:
            field_dict["discountedAmount"] = discounted_amount
        if charge_type is not UNSET:
            field_dict["chargeType"] = charge_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        amount = Money.from_dict(d.pop("amount"))

        _paid_period_from = d.pop("paidPeriodFrom", UNSET)
        paid_period_from: datetime.date | Unset
        if isinstance(_paid_period_from, Unset):
            paid_period_from = UNSET
        else:
            paid_period_from = datetime.date.fromisoformat(_paid_period_from)

        _paid_period_to = d.pop("paidPeriodTo", UNSET)
        paid_period_to: datetime.date | Unset
        if isinstance(_paid_period_to, Unset):
            paid_period_to = UNSET
        else:
            paid_period_to = datetime.date.fromisoformat(_paid_period_to)

        description = d.pop("description", UNSET)

        _discounted_amount = d.pop("discountedAmount", UNSET)
        discounted_amount: Money | Unset
        if isinstance(_discounted_amount, Unset):
            discounted_amount = UNSET
        else:
            discounted_amount = Money.from_dict(_discounted_amount)

        _charge_type = d.pop("chargeType", UNSET)
        charge_type: AccountPreviewItemChargeType | Unset
        if isinstance(_charge_type, Unset):
            charge_type = UNSET
        else:
            charge_type = AccountPreviewItemChargeType(_charge_type)

        _obj = cls(
            due_date=due_date,
            amount=amount,
            paid_period_from=paid_period_from,
            paid_period_to=paid_period_to,
            description=description,
            discounted_amount=discounted_amount,
            charge_type=charge_type,
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

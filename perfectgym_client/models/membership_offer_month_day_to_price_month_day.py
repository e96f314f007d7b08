from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_offer_month_day_to_price_month_day_month import MembershipOfferMonthDayToPriceMonthDayMonth
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipOfferMonthDayToPriceMonthDay")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "month",
        "monthValue",
        "dayOfMonth",
    }
)


@_attrs_define
class MembershipOfferMonthDayToPriceMonthDay:
    """The month day of the month day to price mapping

    Attributes:
        month (MembershipOfferMonthDayToPriceMonthDayMonth | Unset):
        month_value (int | Unset):
        day_of_month (int | Unset):
    """

    month: MembershipOfferMonthDayToPriceMonthDayMonth | Unset = UNSET
    month_value: int | Unset = UNSET
    day_of_month: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month: str | Unset = UNSET
        if not isinstance(self.month, Unset):
            month = self.month.value

        month_value = self.month_value

        day_of_month = self.day_of_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if month is not UNSET:
            field_dict["month"] = month
        if month_value is not UNSET:
            field_dict["monthValue"] = month_value
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        _month = d.pop("month", UNSET)
        month: MembershipOfferMonthDayToPriceMonthDayMonth | Unset
        if isinstance(_month, Unset):
            month = UNSET
        else:
            month = MembershipOfferMonthDayToPriceMonthDayMonth(_month)

        month_value = d.pop("monthValue", UNSET)

        day_of_month = d.pop("dayOfMonth", UNSET)

        _obj = cls(
            month=month,
            month_value=month_value,
            day_of_month=day_of_month,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.additional_module_month_day_to_price_month_day import AdditionalModuleMonthDayToPriceMonthDay
    from ..models.money import Money


T = TypeVar("T", bound="AdditionalModuleMonthDayToPrice")


@_attrs_define
class AdditionalModuleMonthDayToPrice:
    """
    Attributes:
        month_day (AdditionalModuleMonthDayToPriceMonthDay): The month day of the month day to price mapping
        price (Money): Base price of the contract
    """

    month_day: AdditionalModuleMonthDayToPriceMonthDay
    price: Money
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month_day = self.month_day.to_dict()

        price = self.price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monthDay": month_day,
                "price": price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_module_month_day_to_price_month_day import AdditionalModuleMonthDayToPriceMonthDay  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        month_day = AdditionalModuleMonthDayToPriceMonthDay.from_dict(d.pop("monthDay"))

        price = Money.from_dict(d.pop("price"))

        _obj = cls(
            month_day=month_day,
            price=price,
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

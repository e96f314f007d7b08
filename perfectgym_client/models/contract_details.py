from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recurrence import Recurrence


T = TypeVar("T", bound="ContractDetails")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "rateName",
        "contractPeriod",
        "extensionPeriod",
        "cancellationPeriod",
    }
)


@_attrs_define
class ContractDetails:
    """
    Attributes:
        id (int): Id of the contract Example: 123123213.
        start_date (datetime.date): Start date of the contract Example: 1952-05-04.
        end_date (datetime.date): End date of the contract Example: 1953-05-04.
        created_date (datetime.date): Creation date of the contract Example: 2022-01-01.
        cancelled (bool): If the contract is cancelled
        rate_name (str | Unset): Rate name of the contract Example: Gold.
        contract_period (Recurrence | Unset): Describes a recurrence with period and frequency
        extension_period (Recurrence | Unset): Describes a recurrence with period and frequency
        cancellation_period (Recurrence | Unset): Describes a recurrence with period and frequency
    """

    id: int
    start_date: datetime.date
    end_date: datetime.date
    created_date: datetime.date
    cancelled: bool
    rate_name: str | Unset = UNSET
    contract_period: Recurrence | Unset = UNSET
    extension_period: Recurrence | Unset = UNSET
    cancellation_period: Recurrence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        created_date = self.created_date.isoformat()

        cancelled = self.cancelled

        rate_name = self.rate_name

        contract_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_period, Unset):
            contract_period = self.contract_period.to_dict()

        extension_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extension_period, Unset):
            extension_period = self.extension_period.to_dict()

        cancellation_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation_period, Unset):
            cancellation_period = self.cancellation_period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "startDate": start_date,
                "endDate": end_date,
                "createdDate": created_date,
                "cancelled": cancelled,
            }
        )
        if rate_name is not UNSET:
            field_dict["rateName"] = rate_name
        if contract_period is not UNSET:
            field_dict["contractPeriod"] = contract_period
        if extension_period is not UNSET:
            field_dict["extensionPeriod"] = extension_period
        if cancellation_period is not UNSET:
            field_dict["cancellationPeriod"] = cancellation_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recurrence import Recurrence  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        end_date = datetime.date.fromisoformat(d.pop("endDate"))

        created_date = datetime.date.fromisoformat(d.pop("createdDate"))

        cancelled = d.pop("cancelled")

        rate_name = d.pop("rateName", UNSET)

        _contract_period = d.pop("contractPeriod", UNSET)
        contract_period: Recurrence | Unset
        if isinstance(_contract_period, Unset):
            contract_period = UNSET
        else:
            contract_period = Recurrence.from_dict(_contract_period)

        _extension_period = d.pop("extensionPeriod", UNSET)
        extension_period: Recurrence | Unset
        if isinstance(_extension_period, Unset):
            extension_period = UNSET
        else:
            extension_period = Recurrence.from_dict(_extension_period)

        _cancellation_period = d.pop("cancellationPeriod", UNSET)
        cancellation_period: Recurrence | Unset
        if isinstance(_cancellation_period, Unset):
            cancellation_period = UNSET
        else:
            cancellation_period = Recurrence.from_dict(_cancellation_period)

        _obj = cls(
            id=id,
            start_date=start_date,
            end_date=end_date,
            created_date=created_date,
            cancelled=cancelled,
            rate_name=rate_name,
            contract_period=contract_period,
            extension_period=extension_period,
            cancellation_period=cancellation_period,
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

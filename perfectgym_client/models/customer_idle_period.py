from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_contract import SimpleContract


T = TypeVar("T", bound="CustomerIdlePeriod")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "reason",
        "contract",
    }
)


@_attrs_define
class CustomerIdlePeriod:
    """
    Attributes:
        id (int): Unique ID of the idle period Example: 1000.
        start_date (datetime.date): Start date of the idle period Example: 2022-01-01.
        end_date (datetime.date): End date of the idle period Example: 2022-10-01.
        unlimited (bool): Indicates whether the idle period is unlimited
        reason (str | Unset): Reason of the idle period Example: Illness.
        contract (SimpleContract | Unset): Contract information
    """

    id: int
    start_date: datetime.date
    end_date: datetime.date
    unlimited: bool
    reason: str | Unset = UNSET
    contract: SimpleContract | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        unlimited = self.unlimited

        reason = self.reason

        contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract, Unset):
            contract = self.contract.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "startDate": start_date,
                "endDate": end_date,
                "unlimited": unlimited,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if contract is not UNSET:
            field_dict["contract"] = contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simple_contract import SimpleContract  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        end_date = datetime.date.fromisoformat(d.pop("endDate"))

        unlimited = d.pop("unlimited")

        reason = d.pop("reason", UNSET)

        _contract = d.pop("contract", UNSET)
        contract: SimpleContract | Unset
        if isinstance(_contract, Unset):
            contract = UNSET
        else:
            contract = SimpleContract.from_dict(_contract)

        _obj = cls(
            id=id,
            start_date=start_date,
            end_date=end_date,
            unlimited=unlimited,
            reason=reason,
            contract=contract,
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

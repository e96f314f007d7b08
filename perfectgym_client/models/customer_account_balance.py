from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="CustomerAccountBalance")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "accountBalance",
        "consumptionCredit",
        "dunningLevel",
    }
)


@_attrs_define
class CustomerAccountBalance:
    """
    Attributes:
        in_debt_collection (bool): Whether the customers open debt claims where transferred to a debt collection agency
        account_balance (Money | Unset): Base price of the contract
        consumption_credit (Money | Unset): Base price of the contract
        dunning_level (str | Unset): The dunning level of the customer Example: Dunning Level 1.
    """

    in_debt_collection: bool
    account_balance: Money | Unset = UNSET
    consumption_credit: Money | Unset = UNSET
    dunning_level: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_debt_collection = self.in_debt_collection

        account_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_balance, Unset):
            account_balance = self.account_balance.to_dict()

        consumption_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consumption_credit, Unset):
            consumption_credit = self.consumption_credit.to_dict()

        dunning_level = self.dunning_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inDebtCollection": in_debt_collection,
            }
        )
        if account_balance is not UNSET:
            field_dict["accountBalance"] = account_balance
        if consumption_credit is not UNSET:
            field_dict["consumptionCredit"] = consumption_credit
        if dunning_level is not UNSET:
            field_dict["dunningLevel"] = dunning_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        in_debt_collection = d.pop("inDebtCollection")

        _account_balance = d.pop("accountBalance", UNSET)
        account_balance: Money | Unset
        if isinstance(_account_balance, Unset):
            account_balance = UNSET
        else:
            account_balance = Money.from_dict(_account_balance)

        _consumption_credit = d.pop("consumptionCredit", UNSET)
        consumption_credit: Money | Unset
        if isinstance(_consumption_credit, Unset):
            consumption_credit = UNSET
        else:
            consumption_credit = Money.from_dict(_consumption_credit)

        dunning_level = d.pop("dunningLevel", UNSET)

        _obj = cls(
            in_debt_collection=in_debt_collection,
            account_balance=account_balance,
            consumption_credit=consumption_credit,
            dunning_level=dunning_level,
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

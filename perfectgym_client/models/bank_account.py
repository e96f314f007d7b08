from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccount")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "accountHolder",
        "bankName",
        "bic",
        "iban",
    }
)


@_attrs_define
class BankAccount:
    """Customer's bank account information

    Attributes:
        account_holder (str | Unset): The account holder of the bank account Example: Sven Hannawald.
        bank_name (str | Unset): Bank name of the customers Example: Deutsche Bank.
        bic (str | Unset): Bic of the customers account Example: DEUTDEFFXXX.
        iban (str | Unset): Iban of the customers account Example: DE91 1000 0000 0123 4567 89.
    """

    account_holder: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    bic: str | Unset = UNSET
    iban: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_holder = self.account_holder

        bank_name = self.bank_name

        bic = self.bic

        iban = self.iban

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_holder is not UNSET:
            field_dict["accountHolder"] = account_holder
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if bic is not UNSET:
            field_dict["bic"] = bic
        if iban is not UNSET:
            field_dict["iban"] = iban

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        account_holder = d.pop("accountHolder", UNSET)

        bank_name = d.pop("bankName", UNSET)

        bic = d.pop("bic", UNSET)

        iban = d.pop("iban", UNSET)

        _obj = cls(
            account_holder=account_holder,
            bank_name=bank_name,
            bic=bic,
            iban=iban,
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

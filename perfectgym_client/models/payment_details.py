from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentDetails")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "accountNumber",
        "bankCode",
        "iban",
        "bic",
        "bankCountryCode",
        "accountHolder",
    }
)


@_attrs_define
class PaymentDetails:
    """Describes the payment data

    Attributes:
        bank (str): Bank name of the client Example: Deutsche Bank.
        account_number (str | Unset): Account number of the debtor Example: 91 1000 0000 0123 4567 89.
        bank_code (str | Unset): Bank code of the clients account Example: DE.
        iban (str | Unset): Iban of the clients account Example: DE91 1000 0000 0123 4567 89.
        bic (str | Unset): Bic of the clients account Example: DEUTDEFFXXX.
        bank_country_code (str | Unset): Bank country code of the client Example: DE.
        account_holder (str | Unset): The account holder of the bank account Example: Sven Hannawald.
    """

    bank: str
    account_number: str | Unset = UNSET
    bank_code: str | Unset = UNSET
    iban: str | Unset = UNSET
    bic: str | Unset = UNSET
    bank_country_code: str | Unset = UNSET
    account_holder: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank = self.bank

        account_number = self.account_number

        bank_code = self.bank_code

        iban = self.iban

        bic = self.bic

        bank_country_code = self.bank_country_code

        account_holder = self.account_holder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank": bank,
            }
        )
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if bank_code is not UNSET:
            field_dict["bankCode"] = bank_code
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic is not UNSET:
            field_dict["bic"] = bic
        if bank_country_code is not UNSET:
            field_dict["bankCountryCode"] = bank_country_code
        if account_holder is not UNSET:
            field_dict["accountHolder"] = account_holder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        bank = d.pop("bank")

        account_number = d.pop("accountNumber", UNSET)

        bank_code = d.pop("bankCode", UNSET)

        iban = d.pop("iban", UNSET)

        bic = d.pop("bic", UNSET)

        bank_country_code = d.pop("bankCountryCode", UNSET)

        account_holder = d.pop("accountHolder", UNSET)

        _obj = cls(
            bank=bank,
            account_number=account_number,
            bank_code=bank_code,
            iban=iban,
            bic=bic,
            bank_country_code=bank_country_code,
            account_holder=account_holder,
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

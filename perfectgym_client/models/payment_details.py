from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="PaymentDetails")


@_attrs_define(slots=False, repr=False, eq=False)
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
        """Build from API JSON. Fields are parsed when first read; a missing required one fails then."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _obj.__dict__["_lazy_source"] = d
        return _obj

    if not TYPE_CHECKING:  # ours: invisible to type checkers, so misspelt attributes stay errors

        def __getattr__(self, name: str) -> Any:
            try:
                source = self.__dict__["_lazy_source"]
                wire_name, parse = _LAZY_FIELDS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = parse_lazy_field(type(self).__name__, name, wire_name, parse, source)
            self.__dict__[name] = value
            return value

    def __repr__(self) -> str:
        return lazy_model_repr(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return lazy_model_eq(self, other)

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


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bank",
        "accountNumber",
        "bankCode",
        "iban",
        "bic",
        "bankCountryCode",
        "accountHolder",
    }
)


def _parse_bank(d: dict[str, Any]) -> str:
    _source = d["bank"]
    expect_json_scalar(_source, str)
    bank: str = _source
    return bank


def _parse_account_number(d: dict[str, Any]) -> str | Unset:
    _source = d.get("accountNumber", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    account_number: str | Unset = _source
    return account_number


def _parse_bank_code(d: dict[str, Any]) -> str | Unset:
    _source = d.get("bankCode", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    bank_code: str | Unset = _source
    return bank_code


def _parse_iban(d: dict[str, Any]) -> str | Unset:
    _source = d.get("iban", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    iban: str | Unset = _source
    return iban


def _parse_bic(d: dict[str, Any]) -> str | Unset:
    _source = d.get("bic", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    bic: str | Unset = _source
    return bic


def _parse_bank_country_code(d: dict[str, Any]) -> str | Unset:
    _source = d.get("bankCountryCode", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    bank_country_code: str | Unset = _source
    return bank_country_code


def _parse_account_holder(d: dict[str, Any]) -> str | Unset:
    _source = d.get("accountHolder", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    account_holder: str | Unset = _source
    return account_holder


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "bank": ("bank", _parse_bank),
    "account_number": ("accountNumber", _parse_account_number),
    "bank_code": ("bankCode", _parse_bank_code),
    "iban": ("iban", _parse_iban),
    "bic": ("bic", _parse_bic),
    "bank_country_code": ("bankCountryCode", _parse_bank_country_code),
    "account_holder": ("accountHolder", _parse_account_holder),
    "additional_properties": ("*", _parse_additional_properties),
}

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
            bank = self.bank

            account_number = self.account_number

            bank_code = self.bank_code

            iban = self.iban

            bic = self.bic

            bank_country_code = self.bank_country_code

            account_holder = self.account_holder

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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

        except MalformedFieldError:
            if "_raw" not in self.__dict__:
                raise
            return dict_as_received(self)

    def to_json(self, *, exclude_unset: bool = True) -> str:
        """``to_dict()`` as compact JSON text."""
        return model_json(self.to_dict(exclude_unset=exclude_unset))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON, keeping the dict (not a copy). Fields are parsed when first read."""
        _obj = cls.__new__(cls)
        _obj.__dict__["_raw"] = src_dict if src_dict.__class__ is dict else json_object(src_dict)
        return _obj

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
    _source: str = d["bank"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_account_number(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("accountNumber", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_bank_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("bankCode", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_iban(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("iban", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_bic(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("bic", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_bank_country_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("bankCountryCode", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_account_holder(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("accountHolder", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    PaymentDetails,
    (
        ("bank", "bank", _parse_bank, str),
        ("account_number", "accountNumber", _parse_account_number, str),
        ("bank_code", "bankCode", _parse_bank_code, str),
        ("iban", "iban", _parse_iban, str),
        ("bic", "bic", _parse_bic, str),
        ("bank_country_code", "bankCountryCode", _parse_bank_country_code, str),
        ("account_holder", "accountHolder", _parse_account_holder, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

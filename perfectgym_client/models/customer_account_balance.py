from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="CustomerAccountBalance")


@_attrs_define(slots=False, repr=False, eq=False)
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
            in_debt_collection = self.in_debt_collection

            account_balance: dict[str, Any] | Unset = UNSET
            if not isinstance(self.account_balance, Unset):
                account_balance = self.account_balance.to_dict()

            consumption_credit: dict[str, Any] | Unset = UNSET
            if not isinstance(self.consumption_credit, Unset):
                consumption_credit = self.consumption_credit.to_dict()

            dunning_level = self.dunning_level

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "inDebtCollection",
        "accountBalance",
        "consumptionCredit",
        "dunningLevel",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.money import Money  # noqa: PLC0415

    globals().update(
        {
            "Money": Money,
        }
    )
    _nested_resolved = True


def _parse_in_debt_collection(d: dict[str, Any]) -> bool:
    _source: bool = d["inDebtCollection"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_account_balance(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("accountBalance", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _account_balance = _source
    account_balance: Money | Unset
    if isinstance(_account_balance, Unset):
        account_balance = UNSET
    else:
        account_balance = Money.from_dict(_account_balance)

    return account_balance


def _parse_consumption_credit(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("consumptionCredit", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _consumption_credit = _source
    consumption_credit: Money | Unset
    if isinstance(_consumption_credit, Unset):
        consumption_credit = UNSET
    else:
        consumption_credit = Money.from_dict(_consumption_credit)

    return consumption_credit


def _parse_dunning_level(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("dunningLevel", UNSET)
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
    CustomerAccountBalance,
    (
        ("in_debt_collection", "inDebtCollection", _parse_in_debt_collection, bool),
        ("account_balance", "accountBalance", _parse_account_balance, None),
        ("consumption_credit", "consumptionCredit", _parse_consumption_credit, None),
        ("dunning_level", "dunningLevel", _parse_dunning_level, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

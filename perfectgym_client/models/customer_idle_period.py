from __future__ import annotations

import datetime
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
    from ..models.simple_contract import SimpleContract


T = TypeVar("T", bound="CustomerIdlePeriod")


@_attrs_define(slots=False, repr=False, eq=False)
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
            id = self.id

            start_date = self.start_date.isoformat()

            end_date = self.end_date.isoformat()

            unlimited = self.unlimited

            reason = self.reason

            contract: dict[str, Any] | Unset = UNSET
            if not isinstance(self.contract, Unset):
                contract = self.contract.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "id",
        "startDate",
        "endDate",
        "unlimited",
        "reason",
        "contract",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.simple_contract import SimpleContract  # noqa: PLC0415

    globals().update(
        {
            "SimpleContract": SimpleContract,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_start_date(d: dict[str, Any]) -> datetime.date:
    _source = d["startDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    start_date = datetime.date.fromisoformat(_source)

    return start_date


def _parse_end_date(d: dict[str, Any]) -> datetime.date:
    _source = d["endDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    end_date = datetime.date.fromisoformat(_source)

    return end_date


def _parse_unlimited(d: dict[str, Any]) -> bool:
    _source: bool = d["unlimited"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_reason(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("reason", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_contract(d: dict[str, Any]) -> SimpleContract | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("contract", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _contract = _source
    contract: SimpleContract | Unset
    if isinstance(_contract, Unset):
        contract = UNSET
    else:
        contract = SimpleContract.from_dict(_contract)

    return contract


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    CustomerIdlePeriod,
    (
        ("id", "id", _parse_id, int),
        ("start_date", "startDate", _parse_start_date, None),
        ("end_date", "endDate", _parse_end_date, None),
        ("unlimited", "unlimited", _parse_unlimited, bool),
        ("reason", "reason", _parse_reason, str),
        ("contract", "contract", _parse_contract, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
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

if TYPE_CHECKING:
    from ..models.recurrence import Recurrence


T = TypeVar("T", bound="ContractDetails")


@_attrs_define(slots=False, repr=False, eq=False)
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
        "id",
        "startDate",
        "endDate",
        "createdDate",
        "cancelled",
        "rateName",
        "contractPeriod",
        "extensionPeriod",
        "cancellationPeriod",
    }
)


def _parse_id(d: dict[str, Any]) -> int:
    _source = d["id"]
    expect_json_scalar(_source, int)
    id: int = _source
    return id


def _parse_start_date(d: dict[str, Any]) -> datetime.date:
    _source = d["startDate"]
    start_date = datetime.date.fromisoformat(_source)

    return start_date


def _parse_end_date(d: dict[str, Any]) -> datetime.date:
    _source = d["endDate"]
    end_date = datetime.date.fromisoformat(_source)

    return end_date


def _parse_created_date(d: dict[str, Any]) -> datetime.date:
    _source = d["createdDate"]
    created_date = datetime.date.fromisoformat(_source)

    return created_date


def _parse_cancelled(d: dict[str, Any]) -> bool:
    _source = d["cancelled"]
    expect_json_scalar(_source, bool)
    cancelled: bool = _source
    return cancelled


def _parse_rate_name(d: dict[str, Any]) -> str | Unset:
    _source = d.get("rateName", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    rate_name: str | Unset = _source
    return rate_name


def _parse_contract_period(d: dict[str, Any]) -> Recurrence | Unset:
    from ..models.recurrence import Recurrence  # noqa: PLC0415

    _source = d.get("contractPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _contract_period = _source
    contract_period: Recurrence | Unset
    if isinstance(_contract_period, Unset):
        contract_period = UNSET
    else:
        contract_period = Recurrence.from_dict(_contract_period)

    return contract_period


def _parse_extension_period(d: dict[str, Any]) -> Recurrence | Unset:
    from ..models.recurrence import Recurrence  # noqa: PLC0415

    _source = d.get("extensionPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _extension_period = _source
    extension_period: Recurrence | Unset
    if isinstance(_extension_period, Unset):
        extension_period = UNSET
    else:
        extension_period = Recurrence.from_dict(_extension_period)

    return extension_period


def _parse_cancellation_period(d: dict[str, Any]) -> Recurrence | Unset:
    from ..models.recurrence import Recurrence  # noqa: PLC0415

    _source = d.get("cancellationPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _cancellation_period = _source
    cancellation_period: Recurrence | Unset
    if isinstance(_cancellation_period, Unset):
        cancellation_period = UNSET
    else:
        cancellation_period = Recurrence.from_dict(_cancellation_period)

    return cancellation_period


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "id": ("id", _parse_id),
    "start_date": ("startDate", _parse_start_date),
    "end_date": ("endDate", _parse_end_date),
    "created_date": ("createdDate", _parse_created_date),
    "cancelled": ("cancelled", _parse_cancelled),
    "rate_name": ("rateName", _parse_rate_name),
    "contract_period": ("contractPeriod", _parse_contract_period),
    "extension_period": ("extensionPeriod", _parse_extension_period),
    "cancellation_period": ("cancellationPeriod", _parse_cancellation_period),
    "additional_properties": ("*", _parse_additional_properties),
}

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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "createdDate",
        "cancelled",
        "rateName",
        "contractPeriod",
        "extensionPeriod",
        "cancellationPeriod",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.recurrence import Recurrence  # noqa: PLC0415

    globals().update(
        {
            "Recurrence": Recurrence,
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


def _parse_created_date(d: dict[str, Any]) -> datetime.date:
    _source = d["createdDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    created_date = datetime.date.fromisoformat(_source)

    return created_date


def _parse_cancelled(d: dict[str, Any]) -> bool:
    _source: bool = d["cancelled"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_rate_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("rateName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_contract_period(d: dict[str, Any]) -> Recurrence | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    if not _nested_resolved:
        _resolve_nested()
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
    if not _nested_resolved:
        _resolve_nested()
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
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    ContractDetails,
    (
        ("id", "id", _parse_id, int),
        ("start_date", "startDate", _parse_start_date, None),
        ("end_date", "endDate", _parse_end_date, None),
        ("created_date", "createdDate", _parse_created_date, None),
        ("cancelled", "cancelled", _parse_cancelled, bool),
        ("rate_name", "rateName", _parse_rate_name, str),
        ("contract_period", "contractPeriod", _parse_contract_period, None),
        ("extension_period", "extensionPeriod", _parse_extension_period, None),
        ("cancellation_period", "cancellationPeriod", _parse_cancellation_period, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.idle_period_state import IdlePeriodState
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.idle_period_fee import IdlePeriodFee
    from ..models.idle_period_fee_calculation_config import IdlePeriodFeeCalculationConfig
    from ..models.idle_period_reason import IdlePeriodReason
    from ..models.money import Money


T = TypeVar("T", bound="IdlePeriod")


@_attrs_define(slots=False, repr=False, eq=False)
class IdlePeriod:
    """
    Attributes:
        id (int): Unique ID of the idle period or amendment, depending on the state Example: 203.
        start_date (datetime.date): Start date of the idle period
        end_date (datetime.date): End date of the idle period
        state (IdlePeriodState): State of the idle period
        idle_period_reason (IdlePeriodReason): The idle period reason details
        unlimited (bool | Unset): Indicates whether the idle period is unlimited
        document_url (str | Unset): Temporary URL, expires after 15 minutes.
        idle_period_fee_calculation_config (IdlePeriodFeeCalculationConfig | Unset): Configuration for idle period fee
            calculation
        idle_period_fee (IdlePeriodFee | Unset): Fee details for the idle period
        reason (str | Unset): Reason of the idle period Example: Vacation.
        fee (Money | Unset): Base price of the contract
        used_free_terms_in_days (int | Unset): Free term days used by this idle period
    """

    id: int
    start_date: datetime.date
    end_date: datetime.date
    state: IdlePeriodState
    idle_period_reason: IdlePeriodReason
    unlimited: bool | Unset = UNSET
    document_url: str | Unset = UNSET
    idle_period_fee_calculation_config: IdlePeriodFeeCalculationConfig | Unset = UNSET
    idle_period_fee: IdlePeriodFee | Unset = UNSET
    reason: str | Unset = UNSET
    fee: Money | Unset = UNSET
    used_free_terms_in_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        state = self.state.value

        idle_period_reason = self.idle_period_reason.to_dict()

        unlimited = self.unlimited

        document_url = self.document_url

        idle_period_fee_calculation_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.idle_period_fee_calculation_config, Unset):
            idle_period_fee_calculation_config = self.idle_period_fee_calculation_config.to_dict()

        idle_period_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.idle_period_fee, Unset):
            idle_period_fee = self.idle_period_fee.to_dict()

        reason = self.reason

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()

        used_free_terms_in_days = self.used_free_terms_in_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "startDate": start_date,
                "endDate": end_date,
                "state": state,
                "idlePeriodReason": idle_period_reason,
            }
        )
        if unlimited is not UNSET:
            field_dict["unlimited"] = unlimited
        if document_url is not UNSET:
            field_dict["documentUrl"] = document_url
        if idle_period_fee_calculation_config is not UNSET:
            field_dict["idlePeriodFeeCalculationConfig"] = idle_period_fee_calculation_config
        if idle_period_fee is not UNSET:
            field_dict["idlePeriodFee"] = idle_period_fee
        if reason is not UNSET:
            field_dict["reason"] = reason
        if fee is not UNSET:
            field_dict["fee"] = fee
        if used_free_terms_in_days is not UNSET:
            field_dict["usedFreeTermsInDays"] = used_free_terms_in_days

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
        "state",
        "idlePeriodReason",
        "unlimited",
        "documentUrl",
        "idlePeriodFeeCalculationConfig",
        "idlePeriodFee",
        "reason",
        "fee",
        "usedFreeTermsInDays",
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


def _parse_state(d: dict[str, Any]) -> IdlePeriodState:
    _source = d["state"]
    state = IdlePeriodState(_source)

    return state


def _parse_idle_period_reason(d: dict[str, Any]) -> IdlePeriodReason:
    from ..models.idle_period_reason import IdlePeriodReason  # noqa: PLC0415

    _source = d["idlePeriodReason"]
    idle_period_reason = IdlePeriodReason.from_dict(_source)

    return idle_period_reason


def _parse_unlimited(d: dict[str, Any]) -> bool | Unset:
    _source = d.get("unlimited", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, bool)
    unlimited: bool | Unset = _source
    return unlimited


def _parse_document_url(d: dict[str, Any]) -> str | Unset:
    _source = d.get("documentUrl", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    document_url: str | Unset = _source
    return document_url


def _parse_idle_period_fee_calculation_config(d: dict[str, Any]) -> IdlePeriodFeeCalculationConfig | Unset:
    from ..models.idle_period_fee_calculation_config import IdlePeriodFeeCalculationConfig  # noqa: PLC0415

    _source = d.get("idlePeriodFeeCalculationConfig", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _idle_period_fee_calculation_config = _source
    idle_period_fee_calculation_config: IdlePeriodFeeCalculationConfig | Unset
    if isinstance(_idle_period_fee_calculation_config, Unset):
        idle_period_fee_calculation_config = UNSET
    else:
        idle_period_fee_calculation_config = IdlePeriodFeeCalculationConfig.from_dict(
            _idle_period_fee_calculation_config
        )

    return idle_period_fee_calculation_config


def _parse_idle_period_fee(d: dict[str, Any]) -> IdlePeriodFee | Unset:
    from ..models.idle_period_fee import IdlePeriodFee  # noqa: PLC0415

    _source = d.get("idlePeriodFee", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _idle_period_fee = _source
    idle_period_fee: IdlePeriodFee | Unset
    if isinstance(_idle_period_fee, Unset):
        idle_period_fee = UNSET
    else:
        idle_period_fee = IdlePeriodFee.from_dict(_idle_period_fee)

    return idle_period_fee


def _parse_reason(d: dict[str, Any]) -> str | Unset:
    _source = d.get("reason", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    reason: str | Unset = _source
    return reason


def _parse_fee(d: dict[str, Any]) -> Money | Unset:
    from ..models.money import Money  # noqa: PLC0415

    _source = d.get("fee", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _fee = _source
    fee: Money | Unset
    if isinstance(_fee, Unset):
        fee = UNSET
    else:
        fee = Money.from_dict(_fee)

    return fee


def _parse_used_free_terms_in_days(d: dict[str, Any]) -> int | Unset:
    _source = d.get("usedFreeTermsInDays", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    used_free_terms_in_days: int | Unset = _source
    return used_free_terms_in_days


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "id": ("id", _parse_id),
    "start_date": ("startDate", _parse_start_date),
    "end_date": ("endDate", _parse_end_date),
    "state": ("state", _parse_state),
    "idle_period_reason": ("idlePeriodReason", _parse_idle_period_reason),
    "unlimited": ("unlimited", _parse_unlimited),
    "document_url": ("documentUrl", _parse_document_url),
    "idle_period_fee_calculation_config": ("idlePeriodFeeCalculationConfig", _parse_idle_period_fee_calculation_config),
    "idle_period_fee": ("idlePeriodFee", _parse_idle_period_fee),
    "reason": ("reason", _parse_reason),
    "fee": ("fee", _parse_fee),
    "used_free_terms_in_days": ("usedFreeTermsInDays", _parse_used_free_terms_in_days),
    "additional_properties": ("*", _parse_additional_properties),
}

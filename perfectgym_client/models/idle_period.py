from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.idle_period_state import IdlePeriodState
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
_IdlePeriodState_BY_VALUE = enum_members(IdlePeriodState)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.idle_period_fee import IdlePeriodFee  # noqa: PLC0415
    from ..models.idle_period_fee_calculation_config import IdlePeriodFeeCalculationConfig  # noqa: PLC0415
    from ..models.idle_period_reason import IdlePeriodReason  # noqa: PLC0415
    from ..models.money import Money  # noqa: PLC0415

    globals().update(
        {
            "IdlePeriodFee": IdlePeriodFee,
            "IdlePeriodFeeCalculationConfig": IdlePeriodFeeCalculationConfig,
            "IdlePeriodReason": IdlePeriodReason,
            "Money": Money,
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


def _parse_state(d: dict[str, Any]) -> IdlePeriodState:
    _source = d["state"]
    try:
        return _IdlePeriodState_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return IdlePeriodState(_source)


def _parse_idle_period_reason(d: dict[str, Any]) -> IdlePeriodReason:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["idlePeriodReason"]
    idle_period_reason = IdlePeriodReason.from_dict(_source)

    return idle_period_reason


def _parse_unlimited(d: dict[str, Any]) -> bool | Unset:
    _source: bool | Unset = d.get("unlimited", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_document_url(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("documentUrl", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_idle_period_fee_calculation_config(d: dict[str, Any]) -> IdlePeriodFeeCalculationConfig | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    if not _nested_resolved:
        _resolve_nested()
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
    _source: str | Unset = d.get("reason", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_fee(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    _source: int | Unset = d.get("usedFreeTermsInDays", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    IdlePeriod,
    (
        ("id", "id", _parse_id, int),
        ("start_date", "startDate", _parse_start_date, None),
        ("end_date", "endDate", _parse_end_date, None),
        ("state", "state", _parse_state, None),
        ("idle_period_reason", "idlePeriodReason", _parse_idle_period_reason, None),
        ("unlimited", "unlimited", _parse_unlimited, bool),
        ("document_url", "documentUrl", _parse_document_url, str),
        (
            "idle_period_fee_calculation_config",
            "idlePeriodFeeCalculationConfig",
            _parse_idle_period_fee_calculation_config,
            None,
        ),
        ("idle_period_fee", "idlePeriodFee", _parse_idle_period_fee, None),
        ("reason", "reason", _parse_reason, str),
        ("fee", "fee", _parse_fee, None),
        ("used_free_terms_in_days", "usedFreeTermsInDays", _parse_used_free_terms_in_days, int),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.additional_module_contract_extended_contract_cancelation_status import (
    AdditionalModuleContractExtendedContractCancelationStatus,
)
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_array,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.additional_module_contract_trial_period import AdditionalModuleContractTrialPeriod
    from ..models.money import Money
    from ..models.rate_code import RateCode


T = TypeVar("T", bound="AdditionalModuleContractExtended")


@_attrs_define(slots=False, repr=False, eq=False)
class AdditionalModuleContractExtended:
    """
    Attributes:
        name (str): Name of the additional module contract Example: drink flat.
        price (Money): Base price of the contract
        start_date (datetime.date): Start date of the additional module contract Example: 2022-01-15.
        contract_cancelation_can_be_withdrawn (bool): Whether a contract cancelation for the additional module contract
            can be withdrawn Example: True.
        end_date (datetime.date | Unset): End date of the additional module contract Example: 2022-01-15.
        cancelation_date (datetime.date | Unset): Cancelation date of the additional module contract Example:
            2022-01-15.
        last_possible_cancelation_date (datetime.date | Unset): Last possible cancelation date of the additional module
            contract Example: 2022-01-15.
        cancelation_reason (str | Unset): Represents the reason of a contract cancelation Example: Illness.
        contract_cancelation_status (AdditionalModuleContractExtendedContractCancelationStatus | Unset): Cancelation
            status of the contract cancelation
        trial_period (AdditionalModuleContractTrialPeriod | Unset): Represents the trial period of an additional module
        rate_codes (list[RateCode] | Unset): Rate codes of this contract
        available_cancelation_dates (list[datetime.date] | Unset):
    """

    name: str
    price: Money
    start_date: datetime.date
    contract_cancelation_can_be_withdrawn: bool
    end_date: datetime.date | Unset = UNSET
    cancelation_date: datetime.date | Unset = UNSET
    last_possible_cancelation_date: datetime.date | Unset = UNSET
    cancelation_reason: str | Unset = UNSET
    contract_cancelation_status: AdditionalModuleContractExtendedContractCancelationStatus | Unset = UNSET
    trial_period: AdditionalModuleContractTrialPeriod | Unset = UNSET
    rate_codes: list[RateCode] | Unset = UNSET
    available_cancelation_dates: list[datetime.date] | Unset = UNSET
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
            name = self.name

            price = self.price.to_dict()

            start_date = self.start_date.isoformat()

            contract_cancelation_can_be_withdrawn = self.contract_cancelation_can_be_withdrawn

            end_date: str | Unset = UNSET
            if not isinstance(self.end_date, Unset):
                end_date = self.end_date.isoformat()

            cancelation_date: str | Unset = UNSET
            if not isinstance(self.cancelation_date, Unset):
                cancelation_date = self.cancelation_date.isoformat()

            last_possible_cancelation_date: str | Unset = UNSET
            if not isinstance(self.last_possible_cancelation_date, Unset):
                last_possible_cancelation_date = self.last_possible_cancelation_date.isoformat()

            cancelation_reason = self.cancelation_reason

            contract_cancelation_status: str | Unset = UNSET
            if not isinstance(self.contract_cancelation_status, Unset):
                contract_cancelation_status = self.contract_cancelation_status.value

            trial_period: dict[str, Any] | Unset = UNSET
            if not isinstance(self.trial_period, Unset):
                trial_period = self.trial_period.to_dict()

            rate_codes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.rate_codes, Unset):
                rate_codes = []
                for rate_codes_item_data in self.rate_codes:
                    rate_codes_item = rate_codes_item_data.to_dict()
                    rate_codes.append(rate_codes_item)

            available_cancelation_dates: list[str] | Unset = UNSET
            if not isinstance(self.available_cancelation_dates, Unset):
                available_cancelation_dates = []
                for available_cancelation_dates_item_data in self.available_cancelation_dates:
                    available_cancelation_dates_item = available_cancelation_dates_item_data.isoformat()
                    available_cancelation_dates.append(available_cancelation_dates_item)

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "name": name,
                    "price": price,
                    "startDate": start_date,
                    "contractCancelationCanBeWithdrawn": contract_cancelation_can_be_withdrawn,
                }
            )
            if end_date is not UNSET:
                field_dict["endDate"] = end_date
            if cancelation_date is not UNSET:
                field_dict["cancelationDate"] = cancelation_date
            if last_possible_cancelation_date is not UNSET:
                field_dict["lastPossibleCancelationDate"] = last_possible_cancelation_date
            if cancelation_reason is not UNSET:
                field_dict["cancelationReason"] = cancelation_reason
            if contract_cancelation_status is not UNSET:
                field_dict["contractCancelationStatus"] = contract_cancelation_status
            if trial_period is not UNSET:
                field_dict["trialPeriod"] = trial_period
            if rate_codes is not UNSET:
                field_dict["rateCodes"] = rate_codes
            if available_cancelation_dates is not UNSET:
                field_dict["availableCancelationDates"] = available_cancelation_dates

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
        "name",
        "price",
        "startDate",
        "contractCancelationCanBeWithdrawn",
        "endDate",
        "cancelationDate",
        "lastPossibleCancelationDate",
        "cancelationReason",
        "contractCancelationStatus",
        "trialPeriod",
        "rateCodes",
        "availableCancelationDates",
    }
)
_AdditionalModuleContractExtendedContractCancelationStatus_BY_VALUE = enum_members(
    AdditionalModuleContractExtendedContractCancelationStatus
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.additional_module_contract_trial_period import AdditionalModuleContractTrialPeriod  # noqa: PLC0415
    from ..models.money import Money  # noqa: PLC0415
    from ..models.rate_code import RateCode  # noqa: PLC0415

    globals().update(
        {
            "AdditionalModuleContractTrialPeriod": AdditionalModuleContractTrialPeriod,
            "Money": Money,
            "RateCode": RateCode,
        }
    )
    _nested_resolved = True


def _parse_name(d: dict[str, Any]) -> str:
    _source: str = d["name"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_price(d: dict[str, Any]) -> Money:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["price"]
    price = Money.from_dict(_source)

    return price


def _parse_start_date(d: dict[str, Any]) -> datetime.date:
    _source = d["startDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    start_date = datetime.date.fromisoformat(_source)

    return start_date


def _parse_contract_cancelation_can_be_withdrawn(d: dict[str, Any]) -> bool:
    _source: bool = d["contractCancelationCanBeWithdrawn"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_end_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("endDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _end_date = _source
    end_date: datetime.date | Unset
    if isinstance(_end_date, Unset):
        end_date = UNSET
    else:
        end_date = datetime.date.fromisoformat(_end_date)

    return end_date


def _parse_cancelation_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("cancelationDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _cancelation_date = _source
    cancelation_date: datetime.date | Unset
    if isinstance(_cancelation_date, Unset):
        cancelation_date = UNSET
    else:
        cancelation_date = datetime.date.fromisoformat(_cancelation_date)

    return cancelation_date


def _parse_last_possible_cancelation_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("lastPossibleCancelationDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _last_possible_cancelation_date = _source
    last_possible_cancelation_date: datetime.date | Unset
    if isinstance(_last_possible_cancelation_date, Unset):
        last_possible_cancelation_date = UNSET
    else:
        last_possible_cancelation_date = datetime.date.fromisoformat(_last_possible_cancelation_date)

    return last_possible_cancelation_date


def _parse_cancelation_reason(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("cancelationReason", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_contract_cancelation_status(
    d: dict[str, Any],
) -> AdditionalModuleContractExtendedContractCancelationStatus | Unset:
    _source = d.get("contractCancelationStatus", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _AdditionalModuleContractExtendedContractCancelationStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return AdditionalModuleContractExtendedContractCancelationStatus(_source)


def _parse_trial_period(d: dict[str, Any]) -> AdditionalModuleContractTrialPeriod | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("trialPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _trial_period = _source
    trial_period: AdditionalModuleContractTrialPeriod | Unset
    if isinstance(_trial_period, Unset):
        trial_period = UNSET
    else:
        trial_period = AdditionalModuleContractTrialPeriod.from_dict(_trial_period)

    return trial_period


def _parse_rate_codes(d: dict[str, Any]) -> list[RateCode] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("rateCodes", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _rate_codes = _source
    rate_codes: list[RateCode] | Unset = UNSET
    if _rate_codes is not UNSET:
        rate_codes = []
        for rate_codes_item_data in _rate_codes:
            rate_codes_item = RateCode.from_dict(rate_codes_item_data)

            rate_codes.append(rate_codes_item)

    return rate_codes


def _parse_available_cancelation_dates(d: dict[str, Any]) -> list[datetime.date] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("availableCancelationDates", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _available_cancelation_dates = _source
    available_cancelation_dates: list[datetime.date] | Unset = UNSET
    if _available_cancelation_dates is not UNSET:
        available_cancelation_dates = []
        for available_cancelation_dates_item_data in _available_cancelation_dates:
            available_cancelation_dates_item = datetime.date.fromisoformat(available_cancelation_dates_item_data)

            available_cancelation_dates.append(available_cancelation_dates_item)

    return available_cancelation_dates


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    AdditionalModuleContractExtended,
    (
        ("name", "name", _parse_name, str),
        ("price", "price", _parse_price, None),
        ("start_date", "startDate", _parse_start_date, None),
        (
            "contract_cancelation_can_be_withdrawn",
            "contractCancelationCanBeWithdrawn",
            _parse_contract_cancelation_can_be_withdrawn,
            bool,
        ),
        ("end_date", "endDate", _parse_end_date, None),
        ("cancelation_date", "cancelationDate", _parse_cancelation_date, None),
        ("last_possible_cancelation_date", "lastPossibleCancelationDate", _parse_last_possible_cancelation_date, None),
        ("cancelation_reason", "cancelationReason", _parse_cancelation_reason, str),
        ("contract_cancelation_status", "contractCancelationStatus", _parse_contract_cancelation_status, None),
        ("trial_period", "trialPeriod", _parse_trial_period, None),
        ("rate_codes", "rateCodes", _parse_rate_codes, None),
        ("available_cancelation_dates", "availableCancelationDates", _parse_available_cancelation_dates, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

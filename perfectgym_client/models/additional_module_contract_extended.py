from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_module_contract_extended_contract_cancelation_status import (
    AdditionalModuleContractExtendedContractCancelationStatus,
)
from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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


def _parse_name(d: dict[str, Any]) -> str:
    _source = d["name"]
    expect_json_scalar(_source, str)
    name: str = _source
    return name


def _parse_price(d: dict[str, Any]) -> Money:
    from ..models.money import Money  # noqa: PLC0415

    _source = d["price"]
    price = Money.from_dict(_source)

    return price


def _parse_start_date(d: dict[str, Any]) -> datetime.date:
    _source = d["startDate"]
    start_date = datetime.date.fromisoformat(_source)

    return start_date


def _parse_contract_cancelation_can_be_withdrawn(d: dict[str, Any]) -> bool:
    _source = d["contractCancelationCanBeWithdrawn"]
    expect_json_scalar(_source, bool)
    contract_cancelation_can_be_withdrawn: bool = _source
    return contract_cancelation_can_be_withdrawn


def _parse_end_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("endDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
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
    _last_possible_cancelation_date = _source
    last_possible_cancelation_date: datetime.date | Unset
    if isinstance(_last_possible_cancelation_date, Unset):
        last_possible_cancelation_date = UNSET
    else:
        last_possible_cancelation_date = datetime.date.fromisoformat(_last_possible_cancelation_date)

    return last_possible_cancelation_date


def _parse_cancelation_reason(d: dict[str, Any]) -> str | Unset:
    _source = d.get("cancelationReason", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    cancelation_reason: str | Unset = _source
    return cancelation_reason


def _parse_contract_cancelation_status(
    d: dict[str, Any],
) -> AdditionalModuleContractExtendedContractCancelationStatus | Unset:
    _source = d.get("contractCancelationStatus", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _contract_cancelation_status = _source
    contract_cancelation_status: AdditionalModuleContractExtendedContractCancelationStatus | Unset
    if isinstance(_contract_cancelation_status, Unset):
        contract_cancelation_status = UNSET
    else:
        contract_cancelation_status = AdditionalModuleContractExtendedContractCancelationStatus(
            _contract_cancelation_status
        )

    return contract_cancelation_status


def _parse_trial_period(d: dict[str, Any]) -> AdditionalModuleContractTrialPeriod | Unset:
    from ..models.additional_module_contract_trial_period import AdditionalModuleContractTrialPeriod  # noqa: PLC0415

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
    from ..models.rate_code import RateCode  # noqa: PLC0415

    _source = d.get("rateCodes", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
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
    _source = d.get("availableCancelationDates", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
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
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "name": ("name", _parse_name),
    "price": ("price", _parse_price),
    "start_date": ("startDate", _parse_start_date),
    "contract_cancelation_can_be_withdrawn": (
        "contractCancelationCanBeWithdrawn",
        _parse_contract_cancelation_can_be_withdrawn,
    ),
    "end_date": ("endDate", _parse_end_date),
    "cancelation_date": ("cancelationDate", _parse_cancelation_date),
    "last_possible_cancelation_date": ("lastPossibleCancelationDate", _parse_last_possible_cancelation_date),
    "cancelation_reason": ("cancelationReason", _parse_cancelation_reason),
    "contract_cancelation_status": ("contractCancelationStatus", _parse_contract_cancelation_status),
    "trial_period": ("trialPeriod", _parse_trial_period),
    "rate_codes": ("rateCodes", _parse_rate_codes),
    "available_cancelation_dates": ("availableCancelationDates", _parse_available_cancelation_dates),
    "additional_properties": ("*", _parse_additional_properties),
}

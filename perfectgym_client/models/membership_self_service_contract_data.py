from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.contract_status import ContractStatus
from ..models.membership_self_service_contract_data_cancelation_origin import (
    MembershipSelfServiceContractDataCancelationOrigin,
)
from ..models.membership_self_service_contract_data_cancelation_status import (
    MembershipSelfServiceContractDataCancelationStatus,
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
    from ..models.price_details import PriceDetails
    from ..models.rate_code import RateCode
    from ..models.time_period import TimePeriod


T = TypeVar("T", bound="MembershipSelfServiceContractData")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipSelfServiceContractData:
    """
    Attributes:
        id (int): Id of the contract Example: 1000.
        start_date (datetime.date): Start date of the contract Example: 2022-01-15.
        end_date (datetime.date): End date of the contract Example: 2025-10-15.
        rate_name (str): Name of the contract rate Example: Premium.
        contract_status (ContractStatus):
        cancelation_status (MembershipSelfServiceContractDataCancelationStatus): Cancelation status of the contract
            cancelation
        price_details (PriceDetails): Price details of the contract
        cancelation_period (TimePeriod | Unset): Represents a time period
        cancelation_date (datetime.date | Unset): Date the cancelation of the contract was or will be canceled Example:
            2023-01-25.
        cancelation_reason (str | Unset): Name of the reason why the contract was canceled Example: Officially ordered
            studio closure.
        last_possible_cancelation_date (datetime.date | Unset): Latest date the contract can be canceled Example:
            2023-01-25.
        available_cancelation_dates (list[datetime.date] | Unset): dates the contract can be canceled to
        cancelation_origin (MembershipSelfServiceContractDataCancelationOrigin | Unset): Cancelation origin of the
            contract cancelation
        rate_codes (list[RateCode] | Unset): Rate codes of this contract
        price (float | Unset): Base price of the contract Example: 19.9.
    """

    id: int
    start_date: datetime.date
    end_date: datetime.date
    rate_name: str
    contract_status: ContractStatus
    cancelation_status: MembershipSelfServiceContractDataCancelationStatus
    price_details: PriceDetails
    cancelation_period: TimePeriod | Unset = UNSET
    cancelation_date: datetime.date | Unset = UNSET
    cancelation_reason: str | Unset = UNSET
    last_possible_cancelation_date: datetime.date | Unset = UNSET
    available_cancelation_dates: list[datetime.date] | Unset = UNSET
    cancelation_origin: MembershipSelfServiceContractDataCancelationOrigin | Unset = UNSET
    rate_codes: list[RateCode] | Unset = UNSET
    price: float | Unset = UNSET
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

            rate_name = self.rate_name

            contract_status = self.contract_status.value

            cancelation_status = self.cancelation_status.value

            price_details = self.price_details.to_dict()

            cancelation_period: dict[str, Any] | Unset = UNSET
            if not isinstance(self.cancelation_period, Unset):
                cancelation_period = self.cancelation_period.to_dict()

            cancelation_date: str | Unset = UNSET
            if not isinstance(self.cancelation_date, Unset):
                cancelation_date = self.cancelation_date.isoformat()

            cancelation_reason = self.cancelation_reason

            last_possible_cancelation_date: str | Unset = UNSET
            if not isinstance(self.last_possible_cancelation_date, Unset):
                last_possible_cancelation_date = self.last_possible_cancelation_date.isoformat()

            available_cancelation_dates: list[str] | Unset = UNSET
            if not isinstance(self.available_cancelation_dates, Unset):
                available_cancelation_dates = []
                for available_cancelation_dates_item_data in self.available_cancelation_dates:
                    available_cancelation_dates_item = available_cancelation_dates_item_data.isoformat()
                    available_cancelation_dates.append(available_cancelation_dates_item)

            cancelation_origin: str | Unset = UNSET
            if not isinstance(self.cancelation_origin, Unset):
                cancelation_origin = self.cancelation_origin.value

            rate_codes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.rate_codes, Unset):
                rate_codes = []
                for rate_codes_item_data in self.rate_codes:
                    rate_codes_item = rate_codes_item_data.to_dict()
                    rate_codes.append(rate_codes_item)

            price = self.price

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                    "startDate": start_date,
                    "endDate": end_date,
                    "rateName": rate_name,
                    "contractStatus": contract_status,
                    "cancelationStatus": cancelation_status,
                    "priceDetails": price_details,
                }
            )
            if cancelation_period is not UNSET:
                field_dict["cancelationPeriod"] = cancelation_period
            if cancelation_date is not UNSET:
                field_dict["cancelationDate"] = cancelation_date
            if cancelation_reason is not UNSET:
                field_dict["cancelationReason"] = cancelation_reason
            if last_possible_cancelation_date is not UNSET:
                field_dict["lastPossibleCancelationDate"] = last_possible_cancelation_date
            if available_cancelation_dates is not UNSET:
                field_dict["availableCancelationDates"] = available_cancelation_dates
            if cancelation_origin is not UNSET:
                field_dict["cancelationOrigin"] = cancelation_origin
            if rate_codes is not UNSET:
                field_dict["rateCodes"] = rate_codes
            if price is not UNSET:
                field_dict["price"] = price

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
        "rateName",
        "contractStatus",
        "cancelationStatus",
        "priceDetails",
        "cancelationPeriod",
        "cancelationDate",
        "cancelationReason",
        "lastPossibleCancelationDate",
        "availableCancelationDates",
        "cancelationOrigin",
        "rateCodes",
        "price",
    }
)
_ContractStatus_BY_VALUE = enum_members(ContractStatus)
_MembershipSelfServiceContractDataCancelationStatus_BY_VALUE = enum_members(
    MembershipSelfServiceContractDataCancelationStatus
)
_MembershipSelfServiceContractDataCancelationOrigin_BY_VALUE = enum_members(
    MembershipSelfServiceContractDataCancelationOrigin
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.price_details import PriceDetails  # noqa: PLC0415
    from ..models.rate_code import RateCode  # noqa: PLC0415
    from ..models.time_period import TimePeriod  # noqa: PLC0415

    globals().update(
        {
            "PriceDetails": PriceDetails,
            "RateCode": RateCode,
            "TimePeriod": TimePeriod,
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


def _parse_rate_name(d: dict[str, Any]) -> str:
    _source: str = d["rateName"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_contract_status(d: dict[str, Any]) -> ContractStatus:
    _source = d["contractStatus"]
    try:
        return _ContractStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return ContractStatus(_source)


def _parse_cancelation_status(d: dict[str, Any]) -> MembershipSelfServiceContractDataCancelationStatus:
    _source = d["cancelationStatus"]
    try:
        return _MembershipSelfServiceContractDataCancelationStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return MembershipSelfServiceContractDataCancelationStatus(_source)


def _parse_price_details(d: dict[str, Any]) -> PriceDetails:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["priceDetails"]
    price_details = PriceDetails.from_dict(_source)

    return price_details


def _parse_cancelation_period(d: dict[str, Any]) -> TimePeriod | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("cancelationPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _cancelation_period = _source
    cancelation_period: TimePeriod | Unset
    if isinstance(_cancelation_period, Unset):
        cancelation_period = UNSET
    else:
        cancelation_period = TimePeriod.from_dict(_cancelation_period)

    return cancelation_period


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


def _parse_cancelation_reason(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("cancelationReason", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


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


def _parse_cancelation_origin(d: dict[str, Any]) -> MembershipSelfServiceContractDataCancelationOrigin | Unset:
    _source = d.get("cancelationOrigin", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _MembershipSelfServiceContractDataCancelationOrigin_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return MembershipSelfServiceContractDataCancelationOrigin(_source)


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


def _parse_price(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("price", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipSelfServiceContractData,
    (
        ("id", "id", _parse_id, int),
        ("start_date", "startDate", _parse_start_date, None),
        ("end_date", "endDate", _parse_end_date, None),
        ("rate_name", "rateName", _parse_rate_name, str),
        ("contract_status", "contractStatus", _parse_contract_status, None),
        ("cancelation_status", "cancelationStatus", _parse_cancelation_status, None),
        ("price_details", "priceDetails", _parse_price_details, None),
        ("cancelation_period", "cancelationPeriod", _parse_cancelation_period, None),
        ("cancelation_date", "cancelationDate", _parse_cancelation_date, None),
        ("cancelation_reason", "cancelationReason", _parse_cancelation_reason, str),
        ("last_possible_cancelation_date", "lastPossibleCancelationDate", _parse_last_possible_cancelation_date, None),
        ("available_cancelation_dates", "availableCancelationDates", _parse_available_cancelation_dates, None),
        ("cancelation_origin", "cancelationOrigin", _parse_cancelation_origin, None),
        ("rate_codes", "rateCodes", _parse_rate_codes, None),
        ("price", "price", _parse_price, float),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

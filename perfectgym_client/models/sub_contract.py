from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_status import ContractStatus
from ..models.sub_contract_payment_frequency import SubContractPaymentFrequency
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
    from ..models.price_details import PriceDetails
    from ..models.rate_code import RateCode


T = TypeVar("T", bound="SubContract")


@_attrs_define(slots=False, repr=False, eq=False)
class SubContract:
    """
    Attributes:
        payment_frequency (SubContractPaymentFrequency): Type of payment frequency
        id (int): Unique ID of the contract
        rate_name (str): Rate name of the contract
        start_date (datetime.date): Start date of the contract
        price_details (PriceDetails): Price details of the contract
        cancelled (bool): Whether the contract has been cancelled
        contract_status (ContractStatus):
        end_date (datetime.date | Unset): End date of contract
        price (float | Unset): Base price of the contract Example: 19.9.
        cancellation_date (datetime.date | Unset): Contract cancellation date
        cancellation_receipt_date (datetime.date | Unset): Contract cancellation receipt date
        rate_codes (list[RateCode] | Unset): Rate codes of the contract
    """

    payment_frequency: SubContractPaymentFrequency
    id: int
    rate_name: str
    start_date: datetime.date
    price_details: PriceDetails
    cancelled: bool
    contract_status: ContractStatus
    end_date: datetime.date | Unset = UNSET
    price: float | Unset = UNSET
    cancellation_date: datetime.date | Unset = UNSET
    cancellation_receipt_date: datetime.date | Unset = UNSET
    rate_codes: list[RateCode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_frequency = self.payment_frequency.value

        id = self.id

        rate_name = self.rate_name

        start_date = self.start_date.isoformat()

        price_details = self.price_details.to_dict()

        cancelled = self.cancelled

        contract_status = self.contract_status.value

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        price = self.price

        cancellation_date: str | Unset = UNSET
        if not isinstance(self.cancellation_date, Unset):
            cancellation_date = self.cancellation_date.isoformat()

        cancellation_receipt_date: str | Unset = UNSET
        if not isinstance(self.cancellation_receipt_date, Unset):
            cancellation_receipt_date = self.cancellation_receipt_date.isoformat()

        rate_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rate_codes, Unset):
            rate_codes = []
            for rate_codes_item_data in self.rate_codes:
                rate_codes_item = rate_codes_item_data.to_dict()
                rate_codes.append(rate_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentFrequency": payment_frequency,
                "id": id,
                "rateName": rate_name,
                "startDate": start_date,
                "priceDetails": price_details,
                "cancelled": cancelled,
                "contractStatus": contract_status,
            }
        )
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if price is not UNSET:
            field_dict["price"] = price
        if cancellation_date is not UNSET:
            field_dict["cancellationDate"] = cancellation_date
        if cancellation_receipt_date is not UNSET:
            field_dict["cancellationReceiptDate"] = cancellation_receipt_date
        if rate_codes is not UNSET:
            field_dict["rateCodes"] = rate_codes

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
        "paymentFrequency",
        "id",
        "rateName",
        "startDate",
        "priceDetails",
        "cancelled",
        "contractStatus",
        "endDate",
        "price",
        "cancellationDate",
        "cancellationReceiptDate",
        "rateCodes",
    }
)


def _parse_payment_frequency(d: dict[str, Any]) -> SubContractPaymentFrequency:
    _source = d["paymentFrequency"]
    payment_frequency = SubContractPaymentFrequency(_source)

    return payment_frequency


def _parse_id(d: dict[str, Any]) -> int:
    _source = d["id"]
    expect_json_scalar(_source, int)
    id: int = _source
    return id


def _parse_rate_name(d: dict[str, Any]) -> str:
    _source = d["rateName"]
    expect_json_scalar(_source, str)
    rate_name: str = _source
    return rate_name


def _parse_start_date(d: dict[str, Any]) -> datetime.date:
    _source = d["startDate"]
    start_date = datetime.date.fromisoformat(_source)

    return start_date


def _parse_price_details(d: dict[str, Any]) -> PriceDetails:
    from ..models.price_details import PriceDetails  # noqa: PLC0415

    _source = d["priceDetails"]
    price_details = PriceDetails.from_dict(_source)

    return price_details


def _parse_cancelled(d: dict[str, Any]) -> bool:
    _source = d["cancelled"]
    expect_json_scalar(_source, bool)
    cancelled: bool = _source
    return cancelled


def _parse_contract_status(d: dict[str, Any]) -> ContractStatus:
    _source = d["contractStatus"]
    contract_status = ContractStatus(_source)

    return contract_status


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


def _parse_price(d: dict[str, Any]) -> float | Unset:
    _source = d.get("price", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, float)
    price: float | Unset = _source
    return price


def _parse_cancellation_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("cancellationDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _cancellation_date = _source
    cancellation_date: datetime.date | Unset
    if isinstance(_cancellation_date, Unset):
        cancellation_date = UNSET
    else:
        cancellation_date = datetime.date.fromisoformat(_cancellation_date)

    return cancellation_date


def _parse_cancellation_receipt_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("cancellationReceiptDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _cancellation_receipt_date = _source
    cancellation_receipt_date: datetime.date | Unset
    if isinstance(_cancellation_receipt_date, Unset):
        cancellation_receipt_date = UNSET
    else:
        cancellation_receipt_date = datetime.date.fromisoformat(_cancellation_receipt_date)

    return cancellation_receipt_date


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


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "payment_frequency": ("paymentFrequency", _parse_payment_frequency),
    "id": ("id", _parse_id),
    "rate_name": ("rateName", _parse_rate_name),
    "start_date": ("startDate", _parse_start_date),
    "price_details": ("priceDetails", _parse_price_details),
    "cancelled": ("cancelled", _parse_cancelled),
    "contract_status": ("contractStatus", _parse_contract_status),
    "end_date": ("endDate", _parse_end_date),
    "price": ("price", _parse_price),
    "cancellation_date": ("cancellationDate", _parse_cancellation_date),
    "cancellation_receipt_date": ("cancellationReceiptDate", _parse_cancellation_receipt_date),
    "rate_codes": ("rateCodes", _parse_rate_codes),
    "additional_properties": ("*", _parse_additional_properties),
}

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.contract_status import ContractStatus
from ..models.sub_contract_payment_frequency import SubContractPaymentFrequency
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
_SubContractPaymentFrequency_BY_VALUE = enum_members(SubContractPaymentFrequency)
_ContractStatus_BY_VALUE = enum_members(ContractStatus)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.price_details import PriceDetails  # noqa: PLC0415
    from ..models.rate_code import RateCode  # noqa: PLC0415

    globals().update(
        {
            "PriceDetails": PriceDetails,
            "RateCode": RateCode,
        }
    )
    _nested_resolved = True


def _parse_payment_frequency(d: dict[str, Any]) -> SubContractPaymentFrequency:
    _source = d["paymentFrequency"]
    try:
        return _SubContractPaymentFrequency_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return SubContractPaymentFrequency(_source)


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_rate_name(d: dict[str, Any]) -> str:
    _source: str = d["rateName"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_start_date(d: dict[str, Any]) -> datetime.date:
    _source = d["startDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    start_date = datetime.date.fromisoformat(_source)

    return start_date


def _parse_price_details(d: dict[str, Any]) -> PriceDetails:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["priceDetails"]
    price_details = PriceDetails.from_dict(_source)

    return price_details


def _parse_cancelled(d: dict[str, Any]) -> bool:
    _source: bool = d["cancelled"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_contract_status(d: dict[str, Any]) -> ContractStatus:
    _source = d["contractStatus"]
    try:
        return _ContractStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return ContractStatus(_source)


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


def _parse_price(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("price", UNSET)
    if _source.__class__ is float or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, float)
    return _source


def _parse_cancellation_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("cancellationDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
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
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _cancellation_receipt_date = _source
    cancellation_receipt_date: datetime.date | Unset
    if isinstance(_cancellation_receipt_date, Unset):
        cancellation_receipt_date = UNSET
    else:
        cancellation_receipt_date = datetime.date.fromisoformat(_cancellation_receipt_date)

    return cancellation_receipt_date


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


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    SubContract,
    (
        ("payment_frequency", "paymentFrequency", _parse_payment_frequency, None),
        ("id", "id", _parse_id, int),
        ("rate_name", "rateName", _parse_rate_name, str),
        ("start_date", "startDate", _parse_start_date, None),
        ("price_details", "priceDetails", _parse_price_details, None),
        ("cancelled", "cancelled", _parse_cancelled, bool),
        ("contract_status", "contractStatus", _parse_contract_status, None),
        ("end_date", "endDate", _parse_end_date, None),
        ("price", "price", _parse_price, float),
        ("cancellation_date", "cancellationDate", _parse_cancellation_date, None),
        ("cancellation_receipt_date", "cancellationReceiptDate", _parse_cancellation_receipt_date, None),
        ("rate_codes", "rateCodes", _parse_rate_codes, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

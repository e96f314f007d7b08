from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.contract_status import ContractStatus
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
    from ..models.sub_contract import SubContract
    from ..models.time_period import TimePeriod


T = TypeVar("T", bound="Contract")


@_attrs_define(slots=False, repr=False, eq=False)
class Contract:
    """
    Attributes:
        id (int): Unique ID of the contract Example: 1000.
        created_date (datetime.date): Creation date of the contract Example: 2022-01-01.
        start_date (datetime.date): Start date of the contract Example: 2022-01-01.
        end_date (datetime.date): End date of the contract Example: 2022-10-01.
        rate_name (str): Rate name for the contract Example: Premium.
        contract_status (ContractStatus):
        cancelled (bool): Defines whether or not the current active contract has been cancelled
        price_details (PriceDetails): Price details of the contract
        last_possible_cancellation_date (datetime.date): Latest date when the contract can be cancelled
        term (TimePeriod): Represents a time period
        extension_term (TimePeriod): Represents a time period
        rate_codes (list[RateCode] | Unset): Rate codes of this contract
        cancellation_period (TimePeriod | Unset): Represents a time period
        cancellation_date (datetime.date | Unset): Contract cancellation date Example: 2022-10-10.
        cancellation_receipt_date (datetime.date | Unset): Contract cancellation receipt date Example: 2022-10-10.
        cancellation_reason (str | Unset): Reason of the contract cancellation Example: Officially ordered studio
            closure.
        flat_fee_contracts (list[SubContract] | Unset): List of flat fee contracts
        module_contracts (list[SubContract] | Unset): List of module contracts
        signed_document_url (str | Unset): Url to download the contract related document. Temporary URL, expires after
            15 minutes.
        third_party_id (str | Unset): Unique ID of the third party contract in the third party system Example: 1000a.
        price (float | Unset): Base price of the contract
    """

    id: int
    created_date: datetime.date
    start_date: datetime.date
    end_date: datetime.date
    rate_name: str
    contract_status: ContractStatus
    cancelled: bool
    price_details: PriceDetails
    last_possible_cancellation_date: datetime.date
    term: TimePeriod
    extension_term: TimePeriod
    rate_codes: list[RateCode] | Unset = UNSET
    cancellation_period: TimePeriod | Unset = UNSET
    cancellation_date: datetime.date | Unset = UNSET
    cancellation_receipt_date: datetime.date | Unset = UNSET
    cancellation_reason: str | Unset = UNSET
    flat_fee_contracts: list[SubContract] | Unset = UNSET
    module_contracts: list[SubContract] | Unset = UNSET
    signed_document_url: str | Unset = UNSET
    third_party_id: str | Unset = UNSET
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

            created_date = self.created_date.isoformat()

            start_date = self.start_date.isoformat()

            end_date = self.end_date.isoformat()

            rate_name = self.rate_name

            contract_status = self.contract_status.value

            cancelled = self.cancelled

            price_details = self.price_details.to_dict()

            last_possible_cancellation_date = self.last_possible_cancellation_date.isoformat()

            term = self.term.to_dict()

            extension_term = self.extension_term.to_dict()

            rate_codes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.rate_codes, Unset):
                rate_codes = []
                for rate_codes_item_data in self.rate_codes:
                    rate_codes_item = rate_codes_item_data.to_dict()
                    rate_codes.append(rate_codes_item)

            cancellation_period: dict[str, Any] | Unset = UNSET
            if not isinstance(self.cancellation_period, Unset):
                cancellation_period = self.cancellation_period.to_dict()

            cancellation_date: str | Unset = UNSET
            if not isinstance(self.cancellation_date, Unset):
                cancellation_date = self.cancellation_date.isoformat()

            cancellation_receipt_date: str | Unset = UNSET
            if not isinstance(self.cancellation_receipt_date, Unset):
                cancellation_receipt_date = self.cancellation_receipt_date.isoformat()

            cancellation_reason = self.cancellation_reason

            flat_fee_contracts: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.flat_fee_contracts, Unset):
                flat_fee_contracts = []
                for flat_fee_contracts_item_data in self.flat_fee_contracts:
                    flat_fee_contracts_item = flat_fee_contracts_item_data.to_dict()
                    flat_fee_contracts.append(flat_fee_contracts_item)

            module_contracts: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.module_contracts, Unset):
                module_contracts = []
                for module_contracts_item_data in self.module_contracts:
                    module_contracts_item = module_contracts_item_data.to_dict()
                    module_contracts.append(module_contracts_item)

            signed_document_url = self.signed_document_url

            third_party_id = self.third_party_id

            price = self.price

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                    "createdDate": created_date,
                    "startDate": start_date,
                    "endDate": end_date,
                    "rateName": rate_name,
                    "contractStatus": contract_status,
                    "cancelled": cancelled,
                    "priceDetails": price_details,
                    "lastPossibleCancellationDate": last_possible_cancellation_date,
                    "term": term,
                    "extensionTerm": extension_term,
                }
            )
            if rate_codes is not UNSET:
                field_dict["rateCodes"] = rate_codes
            if cancellation_period is not UNSET:
                field_dict["cancellationPeriod"] = cancellation_period
            if cancellation_date is not UNSET:
                field_dict["cancellationDate"] = cancellation_date
            if cancellation_receipt_date is not UNSET:
                field_dict["cancellationReceiptDate"] = cancellation_receipt_date
            if cancellation_reason is not UNSET:
                field_dict["cancellationReason"] = cancellation_reason
            if flat_fee_contracts is not UNSET:
                field_dict["flatFeeContracts"] = flat_fee_contracts
            if module_contracts is not UNSET:
                field_dict["moduleContracts"] = module_contracts
            if signed_document_url is not UNSET:
                field_dict["signedDocumentUrl"] = signed_document_url
            if third_party_id is not UNSET:
                field_dict["thirdPartyId"] = third_party_id
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
        "createdDate",
        "startDate",
        "endDate",
        "rateName",
        "contractStatus",
        "cancelled",
        "priceDetails",
        "lastPossibleCancellationDate",
        "term",
        "extensionTerm",
        "rateCodes",
        "cancellationPeriod",
        "cancellationDate",
        "cancellationReceiptDate",
        "cancellationReason",
        "flatFeeContracts",
        "moduleContracts",
        "signedDocumentUrl",
        "thirdPartyId",
        "price",
    }
)
_ContractStatus_BY_VALUE = enum_members(ContractStatus)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.price_details import PriceDetails  # noqa: PLC0415
    from ..models.rate_code import RateCode  # noqa: PLC0415
    from ..models.sub_contract import SubContract  # noqa: PLC0415
    from ..models.time_period import TimePeriod  # noqa: PLC0415

    globals().update(
        {
            "PriceDetails": PriceDetails,
            "RateCode": RateCode,
            "SubContract": SubContract,
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


def _parse_created_date(d: dict[str, Any]) -> datetime.date:
    _source = d["createdDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    created_date = datetime.date.fromisoformat(_source)

    return created_date


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


def _parse_cancelled(d: dict[str, Any]) -> bool:
    _source: bool = d["cancelled"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_price_details(d: dict[str, Any]) -> PriceDetails:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["priceDetails"]
    price_details = PriceDetails.from_dict(_source)

    return price_details


def _parse_last_possible_cancellation_date(d: dict[str, Any]) -> datetime.date:
    _source = d["lastPossibleCancellationDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    last_possible_cancellation_date = datetime.date.fromisoformat(_source)

    return last_possible_cancellation_date


def _parse_term(d: dict[str, Any]) -> TimePeriod:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["term"]
    term = TimePeriod.from_dict(_source)

    return term


def _parse_extension_term(d: dict[str, Any]) -> TimePeriod:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["extensionTerm"]
    extension_term = TimePeriod.from_dict(_source)

    return extension_term


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


def _parse_cancellation_period(d: dict[str, Any]) -> TimePeriod | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("cancellationPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _cancellation_period = _source
    cancellation_period: TimePeriod | Unset
    if isinstance(_cancellation_period, Unset):
        cancellation_period = UNSET
    else:
        cancellation_period = TimePeriod.from_dict(_cancellation_period)

    return cancellation_period


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


def _parse_cancellation_reason(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("cancellationReason", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_flat_fee_contracts(d: dict[str, Any]) -> list[SubContract] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("flatFeeContracts", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _flat_fee_contracts = _source
    flat_fee_contracts: list[SubContract] | Unset = UNSET
    if _flat_fee_contracts is not UNSET:
        flat_fee_contracts = []
        for flat_fee_contracts_item_data in _flat_fee_contracts:
            flat_fee_contracts_item = SubContract.from_dict(flat_fee_contracts_item_data)

            flat_fee_contracts.append(flat_fee_contracts_item)

    return flat_fee_contracts


def _parse_module_contracts(d: dict[str, Any]) -> list[SubContract] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("moduleContracts", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _module_contracts = _source
    module_contracts: list[SubContract] | Unset = UNSET
    if _module_contracts is not UNSET:
        module_contracts = []
        for module_contracts_item_data in _module_contracts:
            module_contracts_item = SubContract.from_dict(module_contracts_item_data)

            module_contracts.append(module_contracts_item)

    return module_contracts


def _parse_signed_document_url(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("signedDocumentUrl", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_third_party_id(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("thirdPartyId", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


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
    Contract,
    (
        ("id", "id", _parse_id, int),
        ("created_date", "createdDate", _parse_created_date, None),
        ("start_date", "startDate", _parse_start_date, None),
        ("end_date", "endDate", _parse_end_date, None),
        ("rate_name", "rateName", _parse_rate_name, str),
        ("contract_status", "contractStatus", _parse_contract_status, None),
        ("cancelled", "cancelled", _parse_cancelled, bool),
        ("price_details", "priceDetails", _parse_price_details, None),
        (
            "last_possible_cancellation_date",
            "lastPossibleCancellationDate",
            _parse_last_possible_cancellation_date,
            None,
        ),
        ("term", "term", _parse_term, None),
        ("extension_term", "extensionTerm", _parse_extension_term, None),
        ("rate_codes", "rateCodes", _parse_rate_codes, None),
        ("cancellation_period", "cancellationPeriod", _parse_cancellation_period, None),
        ("cancellation_date", "cancellationDate", _parse_cancellation_date, None),
        ("cancellation_receipt_date", "cancellationReceiptDate", _parse_cancellation_receipt_date, None),
        ("cancellation_reason", "cancellationReason", _parse_cancellation_reason, str),
        ("flat_fee_contracts", "flatFeeContracts", _parse_flat_fee_contracts, None),
        ("module_contracts", "moduleContracts", _parse_module_contracts, None),
        ("signed_document_url", "signedDocumentUrl", _parse_signed_document_url, str),
        ("third_party_id", "thirdPartyId", _parse_third_party_id, str),
        ("price", "price", _parse_price, float),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

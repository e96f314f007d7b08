from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_status import ContractStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price_details import PriceDetails
    from ..models.rate_code import RateCode
    from ..models.sub_contract import SubContract
    from ..models.time_period import TimePeriod


T = TypeVar("T", bound="Contract")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
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


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_details import PriceDetails  # noqa: PLC0415
        from ..models.rate_code import RateCode  # noqa: PLC0415
        from ..models.sub_contract import SubContract  # noqa: PLC0415
        from ..models.time_period import TimePeriod  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        created_date = datetime.date.fromisoformat(d.pop("createdDate"))

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        end_date = datetime.date.fromisoformat(d.pop("endDate"))

        rate_name = d.pop("rateName")

        contract_status = ContractStatus(d.pop("contractStatus"))

        cancelled = d.pop("cancelled")

        price_details = PriceDetails.from_dict(d.pop("priceDetails"))

        last_possible_cancellation_date = datetime.date.fromisoformat(d.pop("lastPossibleCancellationDate"))

        term = TimePeriod.from_dict(d.pop("term"))

        extension_term = TimePeriod.from_dict(d.pop("extensionTerm"))

        _rate_codes = d.pop("rateCodes", UNSET)
        rate_codes: list[RateCode] | Unset = UNSET
        if _rate_codes is not UNSET:
            rate_codes = []
            for rate_codes_item_data in _rate_codes:
                rate_codes_item = RateCode.from_dict(rate_codes_item_data)

                rate_codes.append(rate_codes_item)

        _cancellation_period = d.pop("cancellationPeriod", UNSET)
        cancellation_period: TimePeriod | Unset
        if isinstance(_cancellation_period, Unset):
            cancellation_period = UNSET
        else:
            cancellation_period = TimePeriod.from_dict(_cancellation_period)

        _cancellation_date = d.pop("cancellationDate", UNSET)
        cancellation_date: datetime.date | Unset
        if isinstance(_cancellation_date, Unset):
            cancellation_date = UNSET
        else:
            cancellation_date = datetime.date.fromisoformat(_cancellation_date)

        _cancellation_receipt_date = d.pop("cancellationReceiptDate", UNSET)
        cancellation_receipt_date: datetime.date | Unset
        if isinstance(_cancellation_receipt_date, Unset):
            cancellation_receipt_date = UNSET
        else:
            cancellation_receipt_date = datetime.date.fromisoformat(_cancellation_receipt_date)

        cancellation_reason = d.pop("cancellationReason", UNSET)

        _flat_fee_contracts = d.pop("flatFeeContracts", UNSET)
        flat_fee_contracts: list[SubContract] | Unset = UNSET
        if _flat_fee_contracts is not UNSET:
            flat_fee_contracts = []
            for flat_fee_contracts_item_data in _flat_fee_contracts:
                flat_fee_contracts_item = SubContract.from_dict(flat_fee_contracts_item_data)

                flat_fee_contracts.append(flat_fee_contracts_item)

        _module_contracts = d.pop("moduleContracts", UNSET)
        module_contracts: list[SubContract] | Unset = UNSET
        if _module_contracts is not UNSET:
            module_contracts = []
            for module_contracts_item_data in _module_contracts:
                module_contracts_item = SubContract.from_dict(module_contracts_item_data)

                module_contracts.append(module_contracts_item)

        signed_document_url = d.pop("signedDocumentUrl", UNSET)

        third_party_id = d.pop("thirdPartyId", UNSET)

        price = d.pop("price", UNSET)

        _obj = cls(
            id=id,
            created_date=created_date,
            start_date=start_date,
            end_date=end_date,
            rate_name=rate_name,
            contract_status=contract_status,
            cancelled=cancelled,
            price_details=price_details,
            last_possible_cancellation_date=last_possible_cancellation_date,
            term=term,
            extension_term=extension_term,
            rate_codes=rate_codes,
            cancellation_period=cancellation_period,
            cancellation_date=cancellation_date,
            cancellation_receipt_date=cancellation_receipt_date,
            cancellation_reason=cancellation_reason,
            flat_fee_contracts=flat_fee_contracts,
            module_contracts=module_contracts,
            signed_document_url=signed_document_url,
            third_party_id=third_party_id,
            price=price,
        )

        _obj.additional_properties = d
        return _obj

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

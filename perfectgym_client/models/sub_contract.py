from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_status import ContractStatus
from ..models.sub_contract_payment_frequency import SubContractPaymentFrequency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price_details import PriceDetails
    from ..models.rate_code import RateCode


T = TypeVar("T", bound="SubContract")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "endDate",
        "price",
        "cancellationDate",
        "cancellationReceiptDate",
        "rateCodes",
    }
)


@_attrs_define
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
        from ..models.price_details import PriceDetails  # noqa: PLC0415
        from ..models.rate_code import RateCode  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        payment_frequency = SubContractPaymentFrequency(d.pop("paymentFrequency"))

        id = d.pop("id")

        rate_name = d.pop("rateName")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        price_details = PriceDetails.from_dict(d.pop("priceDetails"))

        cancelled = d.pop("cancelled")

        contract_status = ContractStatus(d.pop("contractStatus"))

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        price = d.pop("price", UNSET)

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

        _rate_codes = d.pop("rateCodes", UNSET)
        rate_codes: list[RateCode] | Unset = UNSET
        if _rate_codes is not UNSET:
            rate_codes = []
            for rate_codes_item_data in _rate_codes:
                rate_codes_item = RateCode.from_dict(rate_codes_item_data)

                rate_codes.append(rate_codes_item)

        _obj = cls(
            payment_frequency=payment_frequency,
            id=id,
            rate_name=rate_name,
            start_date=start_date,
            price_details=price_details,
            cancelled=cancelled,
            contract_status=contract_status,
            end_date=end_date,
            price=price,
            cancellation_date=cancellation_date,
            cancellation_receipt_date=cancellation_receipt_date,
            rate_codes=rate_codes,
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

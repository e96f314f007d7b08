from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_module_contract_extended_contract_cancelation_status import (
    AdditionalModuleContractExtendedContractCancelationStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_module_contract_trial_period import AdditionalModuleContractTrialPeriod
    from ..models.money import Money
    from ..models.rate_code import RateCode


T = TypeVar("T", bound="AdditionalModuleContractExtended")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
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


@_attrs_define
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
        from ..models.additional_module_contract_trial_period import AdditionalModuleContractTrialPeriod  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.rate_code import RateCode  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        name = d.pop("name")

        price = Money.from_dict(d.pop("price"))

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        contract_cancelation_can_be_withdrawn = d.pop("contractCancelationCanBeWithdrawn")

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        _cancelation_date = d.pop("cancelationDate", UNSET)
        cancelation_date: datetime.date | Unset
        if isinstance(_cancelation_date, Unset):
            cancelation_date = UNSET
        else:
            cancelation_date = datetime.date.fromisoformat(_cancelation_date)

        _last_possible_cancelation_date = d.pop("lastPossibleCancelationDate", UNSET)
        last_possible_cancelation_date: datetime.date | Unset
        if isinstance(_last_possible_cancelation_date, Unset):
            last_possible_cancelation_date = UNSET
        else:
            last_possible_cancelation_date = datetime.date.fromisoformat(_last_possible_cancelation_date)

        cancelation_reason = d.pop("cancelationReason", UNSET)

        _contract_cancelation_status = d.pop("contractCancelationStatus", UNSET)
        contract_cancelation_status: AdditionalModuleContractExtendedContractCancelationStatus | Unset
        if isinstance(_contract_cancelation_status, Unset):
            contract_cancelation_status = UNSET
        else:
            contract_cancelation_status = AdditionalModuleContractExtendedContractCancelationStatus(
                _contract_cancelation_status
            )

        _trial_period = d.pop("trialPeriod", UNSET)
        trial_period: AdditionalModuleContractTrialPeriod | Unset
        if isinstance(_trial_period, Unset):
            trial_period = UNSET
        else:
            trial_period = AdditionalModuleContractTrialPeriod.from_dict(_trial_period)

        _rate_codes = d.pop("rateCodes", UNSET)
        rate_codes: list[RateCode] | Unset = UNSET
        if _rate_codes is not UNSET:
            rate_codes = []
            for rate_codes_item_data in _rate_codes:
                rate_codes_item = RateCode.from_dict(rate_codes_item_data)

                rate_codes.append(rate_codes_item)

        _available_cancelation_dates = d.pop("availableCancelationDates", UNSET)
        available_cancelation_dates: list[datetime.date] | Unset = UNSET
        if _available_cancelation_dates is not UNSET:
            available_cancelation_dates = []
            for available_cancelation_dates_item_data in _available_cancelation_dates:
                available_cancelation_dates_item = datetime.date.fromisoformat(available_cancelation_dates_item_data)

                available_cancelation_dates.append(available_cancelation_dates_item)

        _obj = cls(
            name=name,
            price=price,
            start_date=start_date,
            contract_cancelation_can_be_withdrawn=contract_cancelation_can_be_withdrawn,
            end_date=end_date,
            cancelation_date=cancelation_date,
            last_possible_cancelation_date=last_possible_cancelation_date,
            cancelation_reason=cancelation_reason,
            contract_cancelation_status=contract_cancelation_status,
            trial_period=trial_period,
            rate_codes=rate_codes,
            available_cancelation_dates=available_cancelation_dates,
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

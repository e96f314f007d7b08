from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.idle_period_state import IdlePeriodState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.idle_period_fee import IdlePeriodFee
    from ..models.idle_period_fee_calculation_config import IdlePeriodFeeCalculationConfig
    from ..models.idle_period_reason import IdlePeriodReason
    from ..models.money import Money


T = TypeVar("T", bound="IdlePeriod")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "unlimited",
        "documentUrl",
        "idlePeriodFeeCalculationConfig",
        "idlePeriodFee",
        "reason",
        "fee",
        "usedFreeTermsInDays",
    }
)


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.idle_period_fee import IdlePeriodFee  # noqa: PLC0415
        from ..models.idle_period_fee_calculation_config import IdlePeriodFeeCalculationConfig  # noqa: PLC0415
        from ..models.idle_period_reason import IdlePeriodReason  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        end_date = datetime.date.fromisoformat(d.pop("endDate"))

        state = IdlePeriodState(d.pop("state"))

        idle_period_reason = IdlePeriodReason.from_dict(d.pop("idlePeriodReason"))

        unlimited = d.pop("unlimited", UNSET)

        document_url = d.pop("documentUrl", UNSET)

        _idle_period_fee_calculation_config = d.pop("idlePeriodFeeCalculationConfig", UNSET)
        idle_period_fee_calculation_config: IdlePeriodFeeCalculationConfig | Unset
        if isinstance(_idle_period_fee_calculation_config, Unset):
            idle_period_fee_calculation_config = UNSET
        else:
            idle_period_fee_calculation_config = IdlePeriodFeeCalculationConfig.from_dict(
                _idle_period_fee_calculation_config
            )

        _idle_period_fee = d.pop("idlePeriodFee", UNSET)
        idle_period_fee: IdlePeriodFee | Unset
        if isinstance(_idle_period_fee, Unset):
            idle_period_fee = UNSET
        else:
            idle_period_fee = IdlePeriodFee.from_dict(_idle_period_fee)

        reason = d.pop("reason", UNSET)

        _fee = d.pop("fee", UNSET)
        fee: Money | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = Money.from_dict(_fee)

        used_free_terms_in_days = d.pop("usedFreeTermsInDays", UNSET)

        _obj = cls(
            id=id,
            start_date=start_date,
            end_date=end_date,
            state=state,
            idle_period_reason=idle_period_reason,
            unlimited=unlimited,
            document_url=document_url,
            idle_period_fee_calculation_config=idle_period_fee_calculation_config,
            idle_period_fee=idle_period_fee,
            reason=reason,
            fee=fee,
            used_free_terms_in_days=used_free_terms_in_days,
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

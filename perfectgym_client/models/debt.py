from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debt_latest_rejection_reason import DebtLatestRejectionReason
from ..models.debt_maturity_type import DebtMaturityType
from ..models.debt_type import DebtType
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.open_api_v1_block import OpenApiV1Block
    from ..models.recurrence import Recurrence


T = TypeVar("T", bound="Debt")


@_attrs_define(slots=False, repr=False, eq=False)
class Debt:
    """
    Attributes:
        debt_id (str): Unique Id for this debt in UUID format Example: 123e4567-e89b-42d3-a456-556642440000.
        debt_date (datetime.date): Due date of the debt Example: 1952-05-04.
        amount (float): Amount to collect for this debt Example: 333.
        currency (str): ISO 4217 currency code Example: USD.
        type_ (DebtType): Type of debt collection
        designation (str): Description of debt
        recurrence (Recurrence): Describes a recurrence with period and frequency
        contract_start_date (datetime.date | Unset): If contract debt, it is set to the start date of the contract,
            otherwise due date Example: 1952-05-04.
        service_period_start_date (datetime.date | Unset): Start date of the rendered service, YYYY-MM-DD format
            Example: 1952-05-04.
        service_period_end_date (datetime.date | Unset): End date of the rendered service, YYYY-MM-DD format Example:
            1952-05-04.
        maturity_type (DebtMaturityType | Unset): Defines if a claim was changed due to rest maturity
        latest_rejection_reason (DebtLatestRejectionReason | Unset): Latest reason on why the payment was not successful
        contract_id (int | Unset): The field returns the contract_id from which the debt claim was created
        block (OpenApiV1Block | Unset): Debt is blocked for collection cases
    """

    debt_id: str
    debt_date: datetime.date
    amount: float
    currency: str
    type_: DebtType
    designation: str
    recurrence: Recurrence
    contract_start_date: datetime.date | Unset = UNSET
    service_period_start_date: datetime.date | Unset = UNSET
    service_period_end_date: datetime.date | Unset = UNSET
    maturity_type: DebtMaturityType | Unset = UNSET
    latest_rejection_reason: DebtLatestRejectionReason | Unset = UNSET
    contract_id: int | Unset = UNSET
    block: OpenApiV1Block | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debt_id = self.debt_id

        debt_date = self.debt_date.isoformat()

        amount = self.amount

        currency = self.currency

        type_ = self.type_.value

        designation = self.designation

        recurrence = self.recurrence.to_dict()

        contract_start_date: str | Unset = UNSET
        if not isinstance(self.contract_start_date, Unset):
            contract_start_date = self.contract_start_date.isoformat()

        service_period_start_date: str | Unset = UNSET
        if not isinstance(self.service_period_start_date, Unset):
            service_period_start_date = self.service_period_start_date.isoformat()

        service_period_end_date: str | Unset = UNSET
        if not isinstance(self.service_period_end_date, Unset):
            service_period_end_date = self.service_period_end_date.isoformat()

        maturity_type: str | Unset = UNSET
        if not isinstance(self.maturity_type, Unset):
            maturity_type = self.maturity_type.value

        latest_rejection_reason: str | Unset = UNSET
        if not isinstance(self.latest_rejection_reason, Unset):
            latest_rejection_reason = self.latest_rejection_reason.value

        contract_id = self.contract_id

        block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block, Unset):
            block = self.block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "debtId": debt_id,
                "debtDate": debt_date,
                "amount": amount,
                "currency": currency,
                "type": type_,
                "designation": designation,
                "recurrence": recurrence,
            }
        )
        if contract_start_date is not UNSET:
            field_dict["contractStartDate"] = contract_start_date
        if service_period_start_date is not UNSET:
            field_dict["servicePeriodStartDate"] = service_period_start_date
        if service_period_end_date is not UNSET:
            field_dict["servicePeriodEndDate"] = service_period_end_date
        if maturity_type is not UNSET:
            field_dict["maturityType"] = maturity_type
        if latest_rejection_reason is not UNSET:
            field_dict["latestRejectionReason"] = latest_rejection_reason
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if block is not UNSET:
            field_dict["block"] = block

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
        "debtId",
        "debtDate",
        "amount",
        "currency",
        "type",
        "designation",
        "recurrence",
        "contractStartDate",
        "servicePeriodStartDate",
        "servicePeriodEndDate",
        "maturityType",
        "latestRejectionReason",
        "contractId",
        "block",
    }
)


def _parse_debt_id(d: dict[str, Any]) -> str:
    _source = d["debtId"]
    expect_json_scalar(_source, str)
    debt_id: str = _source
    return debt_id


def _parse_debt_date(d: dict[str, Any]) -> datetime.date:
    _source = d["debtDate"]
    debt_date = datetime.date.fromisoformat(_source)

    return debt_date


def _parse_amount(d: dict[str, Any]) -> float:
    _source = d["amount"]
    expect_json_scalar(_source, float)
    amount: float = _source
    return amount


def _parse_currency(d: dict[str, Any]) -> str:
    _source = d["currency"]
    expect_json_scalar(_source, str)
    currency: str = _source
    return currency


def _parse_type_(d: dict[str, Any]) -> DebtType:
    _source = d["type"]
    type_ = DebtType(_source)

    return type_


def _parse_designation(d: dict[str, Any]) -> str:
    _source = d["designation"]
    expect_json_scalar(_source, str)
    designation: str = _source
    return designation


def _parse_recurrence(d: dict[str, Any]) -> Recurrence:
    from ..models.recurrence import Recurrence  # noqa: PLC0415

    _source = d["recurrence"]
    recurrence = Recurrence.from_dict(_source)

    return recurrence


def _parse_contract_start_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("contractStartDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _contract_start_date = _source
    contract_start_date: datetime.date | Unset
    if isinstance(_contract_start_date, Unset):
        contract_start_date = UNSET
    else:
        contract_start_date = datetime.date.fromisoformat(_contract_start_date)

    return contract_start_date


def _parse_service_period_start_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("servicePeriodStartDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _service_period_start_date = _source
    service_period_start_date: datetime.date | Unset
    if isinstance(_service_period_start_date, Unset):
        service_period_start_date = UNSET
    else:
        service_period_start_date = datetime.date.fromisoformat(_service_period_start_date)

    return service_period_start_date


def _parse_service_period_end_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("servicePeriodEndDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _service_period_end_date = _source
    service_period_end_date: datetime.date | Unset
    if isinstance(_service_period_end_date, Unset):
        service_period_end_date = UNSET
    else:
        service_period_end_date = datetime.date.fromisoformat(_service_period_end_date)

    return service_period_end_date


def _parse_maturity_type(d: dict[str, Any]) -> DebtMaturityType | Unset:
    _source = d.get("maturityType", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _maturity_type = _source
    maturity_type: DebtMaturityType | Unset
    if isinstance(_maturity_type, Unset):
        maturity_type = UNSET
    else:
        maturity_type = DebtMaturityType(_maturity_type)

    return maturity_type


def _parse_latest_rejection_reason(d: dict[str, Any]) -> DebtLatestRejectionReason | Unset:
    _source = d.get("latestRejectionReason", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _latest_rejection_reason = _source
    latest_rejection_reason: DebtLatestRejectionReason | Unset
    if isinstance(_latest_rejection_reason, Unset):
        latest_rejection_reason = UNSET
    else:
        latest_rejection_reason = DebtLatestRejectionReason(_latest_rejection_reason)

    return latest_rejection_reason


def _parse_contract_id(d: dict[str, Any]) -> int | Unset:
    _source = d.get("contractId", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    contract_id: int | Unset = _source
    return contract_id


def _parse_block(d: dict[str, Any]) -> OpenApiV1Block | Unset:
    from ..models.open_api_v1_block import OpenApiV1Block  # noqa: PLC0415

    _source = d.get("block", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _block = _source
    block: OpenApiV1Block | Unset
    if isinstance(_block, Unset):
        block = UNSET
    else:
        block = OpenApiV1Block.from_dict(_block)

    return block


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "debt_id": ("debtId", _parse_debt_id),
    "debt_date": ("debtDate", _parse_debt_date),
    "amount": ("amount", _parse_amount),
    "currency": ("currency", _parse_currency),
    "type_": ("type", _parse_type_),
    "designation": ("designation", _parse_designation),
    "recurrence": ("recurrence", _parse_recurrence),
    "contract_start_date": ("contractStartDate", _parse_contract_start_date),
    "service_period_start_date": ("servicePeriodStartDate", _parse_service_period_start_date),
    "service_period_end_date": ("servicePeriodEndDate", _parse_service_period_end_date),
    "maturity_type": ("maturityType", _parse_maturity_type),
    "latest_rejection_reason": ("latestRejectionReason", _parse_latest_rejection_reason),
    "contract_id": ("contractId", _parse_contract_id),
    "block": ("block", _parse_block),
    "additional_properties": ("*", _parse_additional_properties),
}

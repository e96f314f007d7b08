from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.debt_latest_rejection_reason import DebtLatestRejectionReason
from ..models.debt_maturity_type import DebtMaturityType
from ..models.debt_type import DebtType
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
_DebtType_BY_VALUE = enum_members(DebtType)
_DebtMaturityType_BY_VALUE = enum_members(DebtMaturityType)
_DebtLatestRejectionReason_BY_VALUE = enum_members(DebtLatestRejectionReason)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.open_api_v1_block import OpenApiV1Block  # noqa: PLC0415
    from ..models.recurrence import Recurrence  # noqa: PLC0415

    globals().update(
        {
            "OpenApiV1Block": OpenApiV1Block,
            "Recurrence": Recurrence,
        }
    )
    _nested_resolved = True


def _parse_debt_id(d: dict[str, Any]) -> str:
    _source: str = d["debtId"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_debt_date(d: dict[str, Any]) -> datetime.date:
    _source = d["debtDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    debt_date = datetime.date.fromisoformat(_source)

    return debt_date


def _parse_amount(d: dict[str, Any]) -> float:
    _source: float = d["amount"]
    if _source.__class__ is float:
        return _source
    expect_json_scalar(_source, float)
    return _source


def _parse_currency(d: dict[str, Any]) -> str:
    _source: str = d["currency"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_type_(d: dict[str, Any]) -> DebtType:
    _source = d["type"]
    try:
        return _DebtType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return DebtType(_source)


def _parse_designation(d: dict[str, Any]) -> str:
    _source: str = d["designation"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_recurrence(d: dict[str, Any]) -> Recurrence:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["recurrence"]
    recurrence = Recurrence.from_dict(_source)

    return recurrence


def _parse_contract_start_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("contractStartDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
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
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
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
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _service_period_end_date = _source
    service_period_end_date: datetime.date | Unset
    if isinstance(_service_period_end_date, Unset):
        service_period_end_date = UNSET
    else:
        service_period_end_date = datetime.date.fromisoformat(_service_period_end_date)

    return service_period_end_date


def _parse_maturity_type(d: dict[str, Any]) -> DebtMaturityType | Unset:
    _source = d.get("maturityType", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _DebtMaturityType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return DebtMaturityType(_source)


def _parse_latest_rejection_reason(d: dict[str, Any]) -> DebtLatestRejectionReason | Unset:
    _source = d.get("latestRejectionReason", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _DebtLatestRejectionReason_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return DebtLatestRejectionReason(_source)


def _parse_contract_id(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("contractId", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_block(d: dict[str, Any]) -> OpenApiV1Block | Unset:
    if not _nested_resolved:
        _resolve_nested()
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
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    Debt,
    (
        ("debt_id", "debtId", _parse_debt_id, str),
        ("debt_date", "debtDate", _parse_debt_date, None),
        ("amount", "amount", _parse_amount, float),
        ("currency", "currency", _parse_currency, str),
        ("type_", "type", _parse_type_, None),
        ("designation", "designation", _parse_designation, str),
        ("recurrence", "recurrence", _parse_recurrence, None),
        ("contract_start_date", "contractStartDate", _parse_contract_start_date, None),
        ("service_period_start_date", "servicePeriodStartDate", _parse_service_period_start_date, None),
        ("service_period_end_date", "servicePeriodEndDate", _parse_service_period_end_date, None),
        ("maturity_type", "maturityType", _parse_maturity_type, None),
        ("latest_rejection_reason", "latestRejectionReason", _parse_latest_rejection_reason, None),
        ("contract_id", "contractId", _parse_contract_id, int),
        ("block", "block", _parse_block, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

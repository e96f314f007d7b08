from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.open_api_v1_block_dto import OpenApiV1BlockDto


T = TypeVar("T", bound="DebtUpdate")


@_attrs_define(slots=False, repr=False, eq=False)
class DebtUpdate:
    """
    Attributes:
        debt_id (str): Debt id from the Transfer, identifying a debt, in UUID format Example:
            123e4567-e89b-42d3-a456-556642440000.
        original_amount (float): Transferred amount to debt collection agency Example: 100.
        canceled_amount (float): Not accepted amount
        paid_amount (float):  Example: 100.
        currency (str): ISO 4217 currency of the debt code Example: EUR.
        block (OpenApiV1BlockDto | Unset): Option to block the debt for future collection cases
    """

    debt_id: str
    original_amount: float
    canceled_amount: float
    paid_amount: float
    currency: str
    block: OpenApiV1BlockDto | Unset = UNSET
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

            original_amount = self.original_amount

            canceled_amount = self.canceled_amount

            paid_amount = self.paid_amount

            currency = self.currency

            block: dict[str, Any] | Unset = UNSET
            if not isinstance(self.block, Unset):
                block = self.block.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "debtId": debt_id,
                    "originalAmount": original_amount,
                    "canceledAmount": canceled_amount,
                    "paidAmount": paid_amount,
                    "currency": currency,
                }
            )
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
        "originalAmount",
        "canceledAmount",
        "paidAmount",
        "currency",
        "block",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.open_api_v1_block_dto import OpenApiV1BlockDto  # noqa: PLC0415

    globals().update(
        {
            "OpenApiV1BlockDto": OpenApiV1BlockDto,
        }
    )
    _nested_resolved = True


def _parse_debt_id(d: dict[str, Any]) -> str:
    _source: str = d["debtId"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_original_amount(d: dict[str, Any]) -> float:
    _source: float = d["originalAmount"]
    if _source.__class__ is float:
        return _source
    expect_json_scalar(_source, float)
    return _source


def _parse_canceled_amount(d: dict[str, Any]) -> float:
    _source: float = d["canceledAmount"]
    if _source.__class__ is float:
        return _source
    expect_json_scalar(_source, float)
    return _source


def _parse_paid_amount(d: dict[str, Any]) -> float:
    _source: float = d["paidAmount"]
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


def _parse_block(d: dict[str, Any]) -> OpenApiV1BlockDto | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("block", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _block = _source
    block: OpenApiV1BlockDto | Unset
    if isinstance(_block, Unset):
        block = UNSET
    else:
        block = OpenApiV1BlockDto.from_dict(_block)

    return block


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    DebtUpdate,
    (
        ("debt_id", "debtId", _parse_debt_id, str),
        ("original_amount", "originalAmount", _parse_original_amount, float),
        ("canceled_amount", "canceledAmount", _parse_canceled_amount, float),
        ("paid_amount", "paidAmount", _parse_paid_amount, float),
        ("currency", "currency", _parse_currency, str),
        ("block", "block", _parse_block, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

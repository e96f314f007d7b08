from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.idle_period_fee_idle_period_fee_calculation_type import IdlePeriodFeeIdlePeriodFeeCalculationType
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
    from ..models.money import Money
    from ..models.term import Term


T = TypeVar("T", bound="IdlePeriodFee")


@_attrs_define(slots=False, repr=False, eq=False)
class IdlePeriodFee:
    """Fee details for the idle period

    Attributes:
        idle_period_fee_calculation_type (IdlePeriodFeeIdlePeriodFeeCalculationType | Unset): The type of fee
            calculation used for the idle period
        idle_period_total_amount (Money | Unset): Base price of the contract
        idle_period_fee_calculation_amount (Money | Unset): Base price of the contract
        idle_period_fee_calculation_term (Term | Unset): Represents a term
        idle_period_fee_calculation_percentage (float | Unset): The percentage used for fee calculation Example: 10.
    """

    idle_period_fee_calculation_type: IdlePeriodFeeIdlePeriodFeeCalculationType | Unset = UNSET
    idle_period_total_amount: Money | Unset = UNSET
    idle_period_fee_calculation_amount: Money | Unset = UNSET
    idle_period_fee_calculation_term: Term | Unset = UNSET
    idle_period_fee_calculation_percentage: float | Unset = UNSET
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
            idle_period_fee_calculation_type: str | Unset = UNSET
            if not isinstance(self.idle_period_fee_calculation_type, Unset):
                idle_period_fee_calculation_type = self.idle_period_fee_calculation_type.value

            idle_period_total_amount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.idle_period_total_amount, Unset):
                idle_period_total_amount = self.idle_period_total_amount.to_dict()

            idle_period_fee_calculation_amount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.idle_period_fee_calculation_amount, Unset):
                idle_period_fee_calculation_amount = self.idle_period_fee_calculation_amount.to_dict()

            idle_period_fee_calculation_term: dict[str, Any] | Unset = UNSET
            if not isinstance(self.idle_period_fee_calculation_term, Unset):
                idle_period_fee_calculation_term = self.idle_period_fee_calculation_term.to_dict()

            idle_period_fee_calculation_percentage = self.idle_period_fee_calculation_percentage

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update({})
            if idle_period_fee_calculation_type is not UNSET:
                field_dict["idlePeriodFeeCalculationType"] = idle_period_fee_calculation_type
            if idle_period_total_amount is not UNSET:
                field_dict["idlePeriodTotalAmount"] = idle_period_total_amount
            if idle_period_fee_calculation_amount is not UNSET:
                field_dict["idlePeriodFeeCalculationAmount"] = idle_period_fee_calculation_amount
            if idle_period_fee_calculation_term is not UNSET:
                field_dict["idlePeriodFeeCalculationTerm"] = idle_period_fee_calculation_term
            if idle_period_fee_calculation_percentage is not UNSET:
                field_dict["idlePeriodFeeCalculationPercentage"] = idle_period_fee_calculation_percentage

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
        "idlePeriodFeeCalculationType",
        "idlePeriodTotalAmount",
        "idlePeriodFeeCalculationAmount",
        "idlePeriodFeeCalculationTerm",
        "idlePeriodFeeCalculationPercentage",
    }
)
_IdlePeriodFeeIdlePeriodFeeCalculationType_BY_VALUE = enum_members(IdlePeriodFeeIdlePeriodFeeCalculationType)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.money import Money  # noqa: PLC0415
    from ..models.term import Term  # noqa: PLC0415

    globals().update(
        {
            "Money": Money,
            "Term": Term,
        }
    )
    _nested_resolved = True


def _parse_idle_period_fee_calculation_type(d: dict[str, Any]) -> IdlePeriodFeeIdlePeriodFeeCalculationType | Unset:
    _source = d.get("idlePeriodFeeCalculationType", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _IdlePeriodFeeIdlePeriodFeeCalculationType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return IdlePeriodFeeIdlePeriodFeeCalculationType(_source)


def _parse_idle_period_total_amount(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("idlePeriodTotalAmount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _idle_period_total_amount = _source
    idle_period_total_amount: Money | Unset
    if isinstance(_idle_period_total_amount, Unset):
        idle_period_total_amount = UNSET
    else:
        idle_period_total_amount = Money.from_dict(_idle_period_total_amount)

    return idle_period_total_amount


def _parse_idle_period_fee_calculation_amount(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("idlePeriodFeeCalculationAmount", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _idle_period_fee_calculation_amount = _source
    idle_period_fee_calculation_amount: Money | Unset
    if isinstance(_idle_period_fee_calculation_amount, Unset):
        idle_period_fee_calculation_amount = UNSET
    else:
        idle_period_fee_calculation_amount = Money.from_dict(_idle_period_fee_calculation_amount)

    return idle_period_fee_calculation_amount


def _parse_idle_period_fee_calculation_term(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("idlePeriodFeeCalculationTerm", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _idle_period_fee_calculation_term = _source
    idle_period_fee_calculation_term: Term | Unset
    if isinstance(_idle_period_fee_calculation_term, Unset):
        idle_period_fee_calculation_term = UNSET
    else:
        idle_period_fee_calculation_term = Term.from_dict(_idle_period_fee_calculation_term)

    return idle_period_fee_calculation_term


def _parse_idle_period_fee_calculation_percentage(d: dict[str, Any]) -> float | Unset:
    _source: float | Unset = d.get("idlePeriodFeeCalculationPercentage", UNSET)
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
    IdlePeriodFee,
    (
        (
            "idle_period_fee_calculation_type",
            "idlePeriodFeeCalculationType",
            _parse_idle_period_fee_calculation_type,
            None,
        ),
        ("idle_period_total_amount", "idlePeriodTotalAmount", _parse_idle_period_total_amount, None),
        (
            "idle_period_fee_calculation_amount",
            "idlePeriodFeeCalculationAmount",
            _parse_idle_period_fee_calculation_amount,
            None,
        ),
        (
            "idle_period_fee_calculation_term",
            "idlePeriodFeeCalculationTerm",
            _parse_idle_period_fee_calculation_term,
            None,
        ),
        (
            "idle_period_fee_calculation_percentage",
            "idlePeriodFeeCalculationPercentage",
            _parse_idle_period_fee_calculation_percentage,
            float,
        ),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

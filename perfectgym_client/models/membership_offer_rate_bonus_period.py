from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_offer_rate_bonus_period_runtime_extension_type import (
    MembershipOfferRateBonusPeriodRuntimeExtensionType,
)
from ..models.membership_offer_rate_bonus_period_term_strategy import MembershipOfferRateBonusPeriodTermStrategy
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.term import Term


T = TypeVar("T", bound="MembershipOfferRateBonusPeriod")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipOfferRateBonusPeriod:
    """
    Attributes:
        term (Term): Represents a term
        term_strategy (MembershipOfferRateBonusPeriodTermStrategy): Membership offer rate bonus period term strategy
        runtime_extension_type (MembershipOfferRateBonusPeriodRuntimeExtensionType): Membership offer bonus period type
        display_separately (bool | Unset): Indicates whether the bonus period should be displayed separately in the
            offer details Example: True.
        extends_cancellation_period (bool | Unset): Indicates whether the bonus period extends the cancellation period
    """

    term: Term
    term_strategy: MembershipOfferRateBonusPeriodTermStrategy
    runtime_extension_type: MembershipOfferRateBonusPeriodRuntimeExtensionType
    display_separately: bool | Unset = UNSET
    extends_cancellation_period: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        term = self.term.to_dict()

        term_strategy = self.term_strategy.value

        runtime_extension_type = self.runtime_extension_type.value

        display_separately = self.display_separately

        extends_cancellation_period = self.extends_cancellation_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "term": term,
                "termStrategy": term_strategy,
                "runtimeExtensionType": runtime_extension_type,
            }
        )
        if display_separately is not UNSET:
            field_dict["displaySeparately"] = display_separately
        if extends_cancellation_period is not UNSET:
            field_dict["extendsCancellationPeriod"] = extends_cancellation_period

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
        "term",
        "termStrategy",
        "runtimeExtensionType",
        "displaySeparately",
        "extendsCancellationPeriod",
    }
)


def _parse_term(d: dict[str, Any]) -> Term:
    from ..models.term import Term  # noqa: PLC0415

    _source = d["term"]
    term = Term.from_dict(_source)

    return term


def _parse_term_strategy(d: dict[str, Any]) -> MembershipOfferRateBonusPeriodTermStrategy:
    _source = d["termStrategy"]
    term_strategy = MembershipOfferRateBonusPeriodTermStrategy(_source)

    return term_strategy


def _parse_runtime_extension_type(d: dict[str, Any]) -> MembershipOfferRateBonusPeriodRuntimeExtensionType:
    _source = d["runtimeExtensionType"]
    runtime_extension_type = MembershipOfferRateBonusPeriodRuntimeExtensionType(_source)

    return runtime_extension_type


def _parse_display_separately(d: dict[str, Any]) -> bool | Unset:
    _source = d.get("displaySeparately", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, bool)
    display_separately: bool | Unset = _source
    return display_separately


def _parse_extends_cancellation_period(d: dict[str, Any]) -> bool | Unset:
    _source = d.get("extendsCancellationPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, bool)
    extends_cancellation_period: bool | Unset = _source
    return extends_cancellation_period


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "term": ("term", _parse_term),
    "term_strategy": ("termStrategy", _parse_term_strategy),
    "runtime_extension_type": ("runtimeExtensionType", _parse_runtime_extension_type),
    "display_separately": ("displaySeparately", _parse_display_separately),
    "extends_cancellation_period": ("extendsCancellationPeriod", _parse_extends_cancellation_period),
    "additional_properties": ("*", _parse_additional_properties),
}

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_offer_rate_bonus_period_runtime_extension_type import (
    MembershipOfferRateBonusPeriodRuntimeExtensionType,
)
from ..models.membership_offer_rate_bonus_period_term_strategy import MembershipOfferRateBonusPeriodTermStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.term import Term


T = TypeVar("T", bound="MembershipOfferRateBonusPeriod")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "displaySeparately",
        "extendsCancellationPeriod",
    }
)


@_attrs_define
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
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        term = Term.from_dict(d.pop("term"))

        term_strategy = MembershipOfferRateBonusPeriodTermStrategy(d.pop("termStrategy"))

        runtime_extension_type = MembershipOfferRateBonusPeriodRuntimeExtensionType(d.pop("runtimeExtensionType"))

        display_separately = d.pop("displaySeparately", UNSET)

        extends_cancellation_period = d.pop("extendsCancellationPeriod", UNSET)

        _obj = cls(
            term=term,
            term_strategy=term_strategy,
            runtime_extension_type=runtime_extension_type,
            display_separately=display_separately,
            extends_cancellation_period=extends_cancellation_period,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.term import Term


T = TypeVar("T", bound="MembershipOfferTrialPeriod")


@_attrs_define
class MembershipOfferTrialPeriod:
    """Represents the trial period of a membership offer

    Attributes:
        trial_period (Term): Represents a term
        description (str): Description of the trial period Example: Free trial for 30 days.
    """

    trial_period: Term
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_period = self.trial_period.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trialPeriod": trial_period,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        trial_period = Term.from_dict(d.pop("trialPeriod"))

        description = d.pop("description")

        _obj = cls(
            trial_period=trial_period,
            description=description,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.term import Term


T = TypeVar("T", bound="RemainingIdlePeriods")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "remainingMaxTerms",
    }
)


@_attrs_define
class RemainingIdlePeriods:
    """
    Attributes:
        remaining_free_terms (Term): Represents a term
        remaining_max_terms (Term | Unset): Represents a term
    """

    remaining_free_terms: Term
    remaining_max_terms: Term | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining_free_terms = self.remaining_free_terms.to_dict()

        remaining_max_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remaining_max_terms, Unset):
            remaining_max_terms = self.remaining_max_terms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remainingFreeTerms": remaining_free_terms,
            }
        )
        if remaining_max_terms is not UNSET:
            field_dict["remainingMaxTerms"] = remaining_max_terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        remaining_free_terms = Term.from_dict(d.pop("remainingFreeTerms"))

        _remaining_max_terms = d.pop("remainingMaxTerms", UNSET)
        remaining_max_terms: Term | Unset
        if isinstance(_remaining_max_terms, Unset):
            remaining_max_terms = UNSET
        else:
            remaining_max_terms = Term.from_dict(_remaining_max_terms)

        _obj = cls(
            remaining_free_terms=remaining_free_terms,
            remaining_max_terms=remaining_max_terms,
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

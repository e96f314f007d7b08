from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.term_with_minutes import TermWithMinutes


T = TypeVar("T", bound="ClassCancelationCondition")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "cancelationAfterLatestPossible",
        "latestCancelTerm",
    }
)


@_attrs_define
class ClassCancelationCondition:
    """Cancelation condition of a class

    Attributes:
        cancelation_after_latest_possible (bool | Unset): Whether cancelation after latest term is possible Example:
            True.
        latest_cancel_term (TermWithMinutes | Unset): The latest term before which the class can be canceled
    """

    cancelation_after_latest_possible: bool | Unset = UNSET
    latest_cancel_term: TermWithMinutes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelation_after_latest_possible = self.cancelation_after_latest_possible

        latest_cancel_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_cancel_term, Unset):
            latest_cancel_term = self.latest_cancel_term.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancelation_after_latest_possible is not UNSET:
            field_dict["cancelationAfterLatestPossible"] = cancelation_after_latest_possible
        if latest_cancel_term is not UNSET:
            field_dict["latestCancelTerm"] = latest_cancel_term

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.term_with_minutes import TermWithMinutes  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        cancelation_after_latest_possible = d.pop("cancelationAfterLatestPossible", UNSET)

        _latest_cancel_term = d.pop("latestCancelTerm", UNSET)
        latest_cancel_term: TermWithMinutes | Unset
        if isinstance(_latest_cancel_term, Unset):
            latest_cancel_term = UNSET
        else:
            latest_cancel_term = TermWithMinutes.from_dict(_latest_cancel_term)

        _obj = cls(
            cancelation_after_latest_possible=cancelation_after_latest_possible,
            latest_cancel_term=latest_cancel_term,
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

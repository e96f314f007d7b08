from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_module_extension import AdditionalModuleExtension
    from ..models.term import Term


T = TypeVar("T", bound="TermInformation")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "extension",
        "cancelationPeriod",
    }
)


@_attrs_define
class TermInformation:
    """Term information of the additional module

    Attributes:
        term (Term): Represents a term
        extension (AdditionalModuleExtension | Unset): Represents an additional module extension
        cancelation_period (Term | Unset): Represents a term
    """

    term: Term
    extension: AdditionalModuleExtension | Unset = UNSET
    cancelation_period: Term | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        term = self.term.to_dict()

        extension: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extension, Unset):
            extension = self.extension.to_dict()

        cancelation_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancelation_period, Unset):
            cancelation_period = self.cancelation_period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "term": term,
            }
        )
        if extension is not UNSET:
            field_dict["extension"] = extension
        if cancelation_period is not UNSET:
            field_dict["cancelationPeriod"] = cancelation_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_module_extension import AdditionalModuleExtension  # noqa: PLC0415
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        term = Term.from_dict(d.pop("term"))

        _extension = d.pop("extension", UNSET)
        extension: AdditionalModuleExtension | Unset
        if isinstance(_extension, Unset):
            extension = UNSET
        else:
            extension = AdditionalModuleExtension.from_dict(_extension)

        _cancelation_period = d.pop("cancelationPeriod", UNSET)
        cancelation_period: Term | Unset
        if isinstance(_cancelation_period, Unset):
            cancelation_period = UNSET
        else:
            cancelation_period = Term.from_dict(_cancelation_period)

        _obj = cls(
            term=term,
            extension=extension,
            cancelation_period=cancelation_period,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_module_extension_extension_type import AdditionalModuleExtensionExtensionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.term import Term


T = TypeVar("T", bound="AdditionalModuleExtension")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "termExtension",
        "extensionCancelationPeriod",
    }
)


@_attrs_define
class AdditionalModuleExtension:
    """Represents an additional module extension

    Attributes:
        extension_type (AdditionalModuleExtensionExtensionType): Extension type of an additional module
        term_extension (Term | Unset): Represents a term
        extension_cancelation_period (Term | Unset): Represents a term
    """

    extension_type: AdditionalModuleExtensionExtensionType
    term_extension: Term | Unset = UNSET
    extension_cancelation_period: Term | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extension_type = self.extension_type.value

        term_extension: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term_extension, Unset):
            term_extension = self.term_extension.to_dict()

        extension_cancelation_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extension_cancelation_period, Unset):
            extension_cancelation_period = self.extension_cancelation_period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extensionType": extension_type,
            }
        )
        if term_extension is not UNSET:
            field_dict["termExtension"] = term_extension
        if extension_cancelation_period is not UNSET:
            field_dict["extensionCancelationPeriod"] = extension_cancelation_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        extension_type = AdditionalModuleExtensionExtensionType(d.pop("extensionType"))

        _term_extension = d.pop("termExtension", UNSET)
        term_extension: Term | Unset
        if isinstance(_term_extension, Unset):
            term_extension = UNSET
        else:
            term_extension = Term.from_dict(_term_extension)

        _extension_cancelation_period = d.pop("extensionCancelationPeriod", UNSET)
        extension_cancelation_period: Term | Unset
        if isinstance(_extension_cancelation_period, Unset):
            extension_cancelation_period = UNSET
        else:
            extension_cancelation_period = Term.from_dict(_extension_cancelation_period)

        _obj = cls(
            extension_type=extension_type,
            term_extension=term_extension,
            extension_cancelation_period=extension_cancelation_period,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.additional_module_extension_extension_type import AdditionalModuleExtensionExtensionType
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.term import Term


T = TypeVar("T", bound="AdditionalModuleExtension")


@_attrs_define(slots=False, repr=False, eq=False)
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
            extension_type = self.extension_type.value

            term_extension: dict[str, Any] | Unset = UNSET
            if not isinstance(self.term_extension, Unset):
                term_extension = self.term_extension.to_dict()

            extension_cancelation_period: dict[str, Any] | Unset = UNSET
            if not isinstance(self.extension_cancelation_period, Unset):
                extension_cancelation_period = self.extension_cancelation_period.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "extensionType",
        "termExtension",
        "extensionCancelationPeriod",
    }
)
_AdditionalModuleExtensionExtensionType_BY_VALUE = enum_members(AdditionalModuleExtensionExtensionType)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.term import Term  # noqa: PLC0415

    globals().update(
        {
            "Term": Term,
        }
    )
    _nested_resolved = True


def _parse_extension_type(d: dict[str, Any]) -> AdditionalModuleExtensionExtensionType:
    _source = d["extensionType"]
    try:
        return _AdditionalModuleExtensionExtensionType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return AdditionalModuleExtensionExtensionType(_source)


def _parse_term_extension(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("termExtension", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _term_extension = _source
    term_extension: Term | Unset
    if isinstance(_term_extension, Unset):
        term_extension = UNSET
    else:
        term_extension = Term.from_dict(_term_extension)

    return term_extension


def _parse_extension_cancelation_period(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("extensionCancelationPeriod", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _extension_cancelation_period = _source
    extension_cancelation_period: Term | Unset
    if isinstance(_extension_cancelation_period, Unset):
        extension_cancelation_period = UNSET
    else:
        extension_cancelation_period = Term.from_dict(_extension_cancelation_period)

    return extension_cancelation_period


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    AdditionalModuleExtension,
    (
        ("extension_type", "extensionType", _parse_extension_type, None),
        ("term_extension", "termExtension", _parse_term_extension, None),
        ("extension_cancelation_period", "extensionCancelationPeriod", _parse_extension_cancelation_period, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

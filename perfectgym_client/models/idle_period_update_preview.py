from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.idle_period_update_preview_validation_status import IdlePeriodUpdatePreviewValidationStatus
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_array,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.account_preview_item import AccountPreviewItem


T = TypeVar("T", bound="IdlePeriodUpdatePreview")


@_attrs_define(slots=False, repr=False, eq=False)
class IdlePeriodUpdatePreview:
    """
    Attributes:
        validation_status (IdlePeriodUpdatePreviewValidationStatus): Status of the idle period validation
        preview_end_date (datetime.date | Unset): Represents the updated contract end date Example: 2025-12-31.
        preview_charges (list[AccountPreviewItem] | Unset): The contract charges applicable following the idle period
            update
    """

    validation_status: IdlePeriodUpdatePreviewValidationStatus
    preview_end_date: datetime.date | Unset = UNSET
    preview_charges: list[AccountPreviewItem] | Unset = UNSET
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
            validation_status = self.validation_status.value

            preview_end_date: str | Unset = UNSET
            if not isinstance(self.preview_end_date, Unset):
                preview_end_date = self.preview_end_date.isoformat()

            preview_charges: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.preview_charges, Unset):
                preview_charges = []
                for preview_charges_item_data in self.preview_charges:
                    preview_charges_item = preview_charges_item_data.to_dict()
                    preview_charges.append(preview_charges_item)

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "validationStatus": validation_status,
                }
            )
            if preview_end_date is not UNSET:
                field_dict["previewEndDate"] = preview_end_date
            if preview_charges is not UNSET:
                field_dict["previewCharges"] = preview_charges

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
        "validationStatus",
        "previewEndDate",
        "previewCharges",
    }
)
_IdlePeriodUpdatePreviewValidationStatus_BY_VALUE = enum_members(IdlePeriodUpdatePreviewValidationStatus)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.account_preview_item import AccountPreviewItem  # noqa: PLC0415

    globals().update(
        {
            "AccountPreviewItem": AccountPreviewItem,
        }
    )
    _nested_resolved = True


def _parse_validation_status(d: dict[str, Any]) -> IdlePeriodUpdatePreviewValidationStatus:
    _source = d["validationStatus"]
    try:
        return _IdlePeriodUpdatePreviewValidationStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return IdlePeriodUpdatePreviewValidationStatus(_source)


def _parse_preview_end_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("previewEndDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _preview_end_date = _source
    preview_end_date: datetime.date | Unset
    if isinstance(_preview_end_date, Unset):
        preview_end_date = UNSET
    else:
        preview_end_date = datetime.date.fromisoformat(_preview_end_date)

    return preview_end_date


def _parse_preview_charges(d: dict[str, Any]) -> list[AccountPreviewItem] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("previewCharges", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _preview_charges = _source
    preview_charges: list[AccountPreviewItem] | Unset = UNSET
    if _preview_charges is not UNSET:
        preview_charges = []
        for preview_charges_item_data in _preview_charges:
            preview_charges_item = AccountPreviewItem.from_dict(preview_charges_item_data)

            preview_charges.append(preview_charges_item)

    return preview_charges


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    IdlePeriodUpdatePreview,
    (
        ("validation_status", "validationStatus", _parse_validation_status, None),
        ("preview_end_date", "previewEndDate", _parse_preview_end_date, None),
        ("preview_charges", "previewCharges", _parse_preview_charges, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

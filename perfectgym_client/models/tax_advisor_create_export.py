from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.tax_advisor_create_export_export_file_format import TaxAdvisorCreateExportExportFileFormat
from ..models.tax_advisor_create_export_export_format import TaxAdvisorCreateExportExportFormat
from ..models.tax_advisor_create_export_export_locale import TaxAdvisorCreateExportExportLocale
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

T = TypeVar("T", bound="TaxAdvisorCreateExport")


@_attrs_define(slots=False, repr=False, eq=False)
class TaxAdvisorCreateExport:
    """
    Attributes:
        from_date (datetime.date): Start of the accounting date range (in the past; range at most 90 days) Example:
            2020-12-15.
        to_date (datetime.date): End of the accounting date range (in the past; range at most 90 days) Example:
            2020-12-30.
        export_format (TaxAdvisorCreateExportExportFormat): The export format of bookings
        export_file_format (TaxAdvisorCreateExportExportFileFormat): The file format of the export
        export_locale (TaxAdvisorCreateExportExportLocale | Unset): The locale of the export
    """

    from_date: datetime.date
    to_date: datetime.date
    export_format: TaxAdvisorCreateExportExportFormat
    export_file_format: TaxAdvisorCreateExportExportFileFormat
    export_locale: TaxAdvisorCreateExportExportLocale | Unset = UNSET
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
            from_date = self.from_date.isoformat()

            to_date = self.to_date.isoformat()

            export_format = self.export_format.value

            export_file_format = self.export_file_format.value

            export_locale: str | Unset = UNSET
            if not isinstance(self.export_locale, Unset):
                export_locale = self.export_locale.value

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "fromDate": from_date,
                    "toDate": to_date,
                    "exportFormat": export_format,
                    "exportFileFormat": export_file_format,
                }
            )
            if export_locale is not UNSET:
                field_dict["exportLocale"] = export_locale

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
        "fromDate",
        "toDate",
        "exportFormat",
        "exportFileFormat",
        "exportLocale",
    }
)
_TaxAdvisorCreateExportExportFormat_BY_VALUE = enum_members(TaxAdvisorCreateExportExportFormat)
_TaxAdvisorCreateExportExportFileFormat_BY_VALUE = enum_members(TaxAdvisorCreateExportExportFileFormat)
_TaxAdvisorCreateExportExportLocale_BY_VALUE = enum_members(TaxAdvisorCreateExportExportLocale)


def _parse_from_date(d: dict[str, Any]) -> datetime.date:
    _source = d["fromDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    from_date = datetime.date.fromisoformat(_source)

    return from_date


def _parse_to_date(d: dict[str, Any]) -> datetime.date:
    _source = d["toDate"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    to_date = datetime.date.fromisoformat(_source)

    return to_date


def _parse_export_format(d: dict[str, Any]) -> TaxAdvisorCreateExportExportFormat:
    _source = d["exportFormat"]
    try:
        return _TaxAdvisorCreateExportExportFormat_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TaxAdvisorCreateExportExportFormat(_source)


def _parse_export_file_format(d: dict[str, Any]) -> TaxAdvisorCreateExportExportFileFormat:
    _source = d["exportFileFormat"]
    try:
        return _TaxAdvisorCreateExportExportFileFormat_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TaxAdvisorCreateExportExportFileFormat(_source)


def _parse_export_locale(d: dict[str, Any]) -> TaxAdvisorCreateExportExportLocale | Unset:
    _source = d.get("exportLocale", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _TaxAdvisorCreateExportExportLocale_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TaxAdvisorCreateExportExportLocale(_source)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    TaxAdvisorCreateExport,
    (
        ("from_date", "fromDate", _parse_from_date, None),
        ("to_date", "toDate", _parse_to_date, None),
        ("export_format", "exportFormat", _parse_export_format, None),
        ("export_file_format", "exportFileFormat", _parse_export_file_format, None),
        ("export_locale", "exportLocale", _parse_export_locale, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_advisor_create_export_export_file_format import TaxAdvisorCreateExportExportFileFormat
from ..models.tax_advisor_create_export_export_format import TaxAdvisorCreateExportExportFormat
from ..models.tax_advisor_create_export_export_locale import TaxAdvisorCreateExportExportLocale
from ..types import (
    UNSET,
    Unset,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
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

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date.isoformat()

        to_date = self.to_date.isoformat()

        export_format = self.export_format.value

        export_file_format = self.export_file_format.value

        export_locale: str | Unset = UNSET
        if not isinstance(self.export_locale, Unset):
            export_locale = self.export_locale.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        "fromDate",
        "toDate",
        "exportFormat",
        "exportFileFormat",
        "exportLocale",
    }
)


def _parse_from_date(d: dict[str, Any]) -> datetime.date:
    _source = d["fromDate"]
    from_date = datetime.date.fromisoformat(_source)

    return from_date


def _parse_to_date(d: dict[str, Any]) -> datetime.date:
    _source = d["toDate"]
    to_date = datetime.date.fromisoformat(_source)

    return to_date


def _parse_export_format(d: dict[str, Any]) -> TaxAdvisorCreateExportExportFormat:
    _source = d["exportFormat"]
    export_format = TaxAdvisorCreateExportExportFormat(_source)

    return export_format


def _parse_export_file_format(d: dict[str, Any]) -> TaxAdvisorCreateExportExportFileFormat:
    _source = d["exportFileFormat"]
    export_file_format = TaxAdvisorCreateExportExportFileFormat(_source)

    return export_file_format


def _parse_export_locale(d: dict[str, Any]) -> TaxAdvisorCreateExportExportLocale | Unset:
    _source = d.get("exportLocale", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _export_locale = _source
    export_locale: TaxAdvisorCreateExportExportLocale | Unset
    if isinstance(_export_locale, Unset):
        export_locale = UNSET
    else:
        export_locale = TaxAdvisorCreateExportExportLocale(_export_locale)

    return export_locale


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "from_date": ("fromDate", _parse_from_date),
    "to_date": ("toDate", _parse_to_date),
    "export_format": ("exportFormat", _parse_export_format),
    "export_file_format": ("exportFileFormat", _parse_export_file_format),
    "export_locale": ("exportLocale", _parse_export_locale),
    "additional_properties": ("*", _parse_additional_properties),
}

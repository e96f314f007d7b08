from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_advisor_export_download_export_file_format import TaxAdvisorExportDownloadExportFileFormat
from ..models.tax_advisor_export_download_export_format import TaxAdvisorExportDownloadExportFormat
from ..models.tax_advisor_export_download_export_locale import TaxAdvisorExportDownloadExportLocale
from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="TaxAdvisorExportDownload")


@_attrs_define(slots=False, repr=False, eq=False)
class TaxAdvisorExportDownload:
    """
    Attributes:
        from_date (datetime.date): Bookings accounting date range start Example: 2020-12-15.
        to_date (datetime.date): Bookings accounting date range end Example: 2020-12-30.
        export_file_format (TaxAdvisorExportDownloadExportFileFormat): The file format of the export
        export_format (TaxAdvisorExportDownloadExportFormat): The export format of bookings
        download_url (str): The download file URL of the export. Temporary URL, expires after 15 minutes.
        export_locale (TaxAdvisorExportDownloadExportLocale | Unset): The locale of the export
    """

    from_date: datetime.date
    to_date: datetime.date
    export_file_format: TaxAdvisorExportDownloadExportFileFormat
    export_format: TaxAdvisorExportDownloadExportFormat
    download_url: str
    export_locale: TaxAdvisorExportDownloadExportLocale | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date.isoformat()

        to_date = self.to_date.isoformat()

        export_file_format = self.export_file_format.value

        export_format = self.export_format.value

        download_url = self.download_url

        export_locale: str | Unset = UNSET
        if not isinstance(self.export_locale, Unset):
            export_locale = self.export_locale.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromDate": from_date,
                "toDate": to_date,
                "exportFileFormat": export_file_format,
                "exportFormat": export_format,
                "downloadUrl": download_url,
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
        "exportFileFormat",
        "exportFormat",
        "downloadUrl",
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


def _parse_export_file_format(d: dict[str, Any]) -> TaxAdvisorExportDownloadExportFileFormat:
    _source = d["exportFileFormat"]
    export_file_format = TaxAdvisorExportDownloadExportFileFormat(_source)

    return export_file_format


def _parse_export_format(d: dict[str, Any]) -> TaxAdvisorExportDownloadExportFormat:
    _source = d["exportFormat"]
    export_format = TaxAdvisorExportDownloadExportFormat(_source)

    return export_format


def _parse_download_url(d: dict[str, Any]) -> str:
    _source = d["downloadUrl"]
    expect_json_scalar(_source, str)
    download_url: str = _source
    return download_url


def _parse_export_locale(d: dict[str, Any]) -> TaxAdvisorExportDownloadExportLocale | Unset:
    _source = d.get("exportLocale", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _export_locale = _source
    export_locale: TaxAdvisorExportDownloadExportLocale | Unset
    if isinstance(_export_locale, Unset):
        export_locale = UNSET
    else:
        export_locale = TaxAdvisorExportDownloadExportLocale(_export_locale)

    return export_locale


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "from_date": ("fromDate", _parse_from_date),
    "to_date": ("toDate", _parse_to_date),
    "export_file_format": ("exportFileFormat", _parse_export_file_format),
    "export_format": ("exportFormat", _parse_export_format),
    "download_url": ("downloadUrl", _parse_download_url),
    "export_locale": ("exportLocale", _parse_export_locale),
    "additional_properties": ("*", _parse_additional_properties),
}

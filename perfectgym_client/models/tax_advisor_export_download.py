from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.tax_advisor_export_download_export_file_format import TaxAdvisorExportDownloadExportFileFormat
from ..models.tax_advisor_export_download_export_format import TaxAdvisorExportDownloadExportFormat
from ..models.tax_advisor_export_download_export_locale import TaxAdvisorExportDownloadExportLocale
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
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

            export_file_format = self.export_file_format.value

            export_format = self.export_format.value

            download_url = self.download_url

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
                    "exportFileFormat": export_file_format,
                    "exportFormat": export_format,
                    "downloadUrl": download_url,
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
        "exportFileFormat",
        "exportFormat",
        "downloadUrl",
        "exportLocale",
    }
)
_TaxAdvisorExportDownloadExportFileFormat_BY_VALUE = enum_members(TaxAdvisorExportDownloadExportFileFormat)
_TaxAdvisorExportDownloadExportFormat_BY_VALUE = enum_members(TaxAdvisorExportDownloadExportFormat)
_TaxAdvisorExportDownloadExportLocale_BY_VALUE = enum_members(TaxAdvisorExportDownloadExportLocale)


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


def _parse_export_file_format(d: dict[str, Any]) -> TaxAdvisorExportDownloadExportFileFormat:
    _source = d["exportFileFormat"]
    try:
        return _TaxAdvisorExportDownloadExportFileFormat_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TaxAdvisorExportDownloadExportFileFormat(_source)


def _parse_export_format(d: dict[str, Any]) -> TaxAdvisorExportDownloadExportFormat:
    _source = d["exportFormat"]
    try:
        return _TaxAdvisorExportDownloadExportFormat_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TaxAdvisorExportDownloadExportFormat(_source)


def _parse_download_url(d: dict[str, Any]) -> str:
    _source: str = d["downloadUrl"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_export_locale(d: dict[str, Any]) -> TaxAdvisorExportDownloadExportLocale | Unset:
    _source = d.get("exportLocale", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _TaxAdvisorExportDownloadExportLocale_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TaxAdvisorExportDownloadExportLocale(_source)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    TaxAdvisorExportDownload,
    (
        ("from_date", "fromDate", _parse_from_date, None),
        ("to_date", "toDate", _parse_to_date, None),
        ("export_file_format", "exportFileFormat", _parse_export_file_format, None),
        ("export_format", "exportFormat", _parse_export_format, None),
        ("download_url", "downloadUrl", _parse_download_url, str),
        ("export_locale", "exportLocale", _parse_export_locale, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_advisor_export_download_export_file_format import TaxAdvisorExportDownloadExportFileFormat
from ..models.tax_advisor_export_download_export_format import TaxAdvisorExportDownloadExportFormat
from ..models.tax_advisor_export_download_export_locale import TaxAdvisorExportDownloadExportLocale
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxAdvisorExportDownload")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "exportLocale",
    }
)


@_attrs_define
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
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        from_date = datetime.date.fromisoformat(d.pop("fromDate"))

        to_date = datetime.date.fromisoformat(d.pop("toDate"))

        export_file_format = TaxAdvisorExportDownloadExportFileFormat(d.pop("exportFileFormat"))

        export_format = TaxAdvisorExportDownloadExportFormat(d.pop("exportFormat"))

        download_url = d.pop("downloadUrl")

        _export_locale = d.pop("exportLocale", UNSET)
        export_locale: TaxAdvisorExportDownloadExportLocale | Unset
        if isinstance(_export_locale, Unset):
            export_locale = UNSET
        else:
            export_locale = TaxAdvisorExportDownloadExportLocale(_export_locale)

        _obj = cls(
            from_date=from_date,
            to_date=to_date,
            export_file_format=export_file_format,
            export_format=export_format,
            download_url=download_url,
            export_locale=export_locale,
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

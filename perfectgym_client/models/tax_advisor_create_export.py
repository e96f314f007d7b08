from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_advisor_create_export_export_file_format import TaxAdvisorCreateExportExportFileFormat
from ..models.tax_advisor_create_export_export_format import TaxAdvisorCreateExportExportFormat
from ..models.tax_advisor_create_export_export_locale import TaxAdvisorCreateExportExportLocale
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxAdvisorCreateExport")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "exportLocale",
    }
)


@_attrs_define
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
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        from_date = datetime.date.fromisoformat(d.pop("fromDate"))

        to_date = datetime.date.fromisoformat(d.pop("toDate"))

        export_format = TaxAdvisorCreateExportExportFormat(d.pop("exportFormat"))

        export_file_format = TaxAdvisorCreateExportExportFileFormat(d.pop("exportFileFormat"))

        _export_locale = d.pop("exportLocale", UNSET)
        export_locale: TaxAdvisorCreateExportExportLocale | Unset
        if isinstance(_export_locale, Unset):
            export_locale = UNSET
        else:
            export_locale = TaxAdvisorCreateExportExportLocale(_export_locale)

        _obj = cls(
            from_date=from_date,
            to_date=to_date,
            export_format=export_format,
            export_file_format=export_file_format,
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

from enum import StrEnum


class TaxAdvisorExportDownloadExportFileFormat(StrEnum):
    CSV = "CSV"
    JSON = "JSON"
    XLSX = "XLSX"

    def __str__(self) -> str:
        return str(self.value)

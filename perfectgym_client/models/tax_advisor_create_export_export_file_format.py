from enum import StrEnum


class TaxAdvisorCreateExportExportFileFormat(StrEnum):
    CSV = "CSV"
    JSON = "JSON"
    XLSX = "XLSX"

    def __str__(self) -> str:
        return str(self.value)

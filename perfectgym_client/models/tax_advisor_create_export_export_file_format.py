from ..types import OpenStrEnum


class TaxAdvisorCreateExportExportFileFormat(OpenStrEnum):
    CSV = "CSV"
    JSON = "JSON"
    XLSX = "XLSX"

    def __str__(self) -> str:
        return str(self.value)

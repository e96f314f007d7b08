from ..types import OpenStrEnum


class TaxAdvisorExportDownloadExportFileFormat(OpenStrEnum):
    CSV = "CSV"
    JSON = "JSON"
    XLSX = "XLSX"

    def __str__(self) -> str:
        return str(self.value)

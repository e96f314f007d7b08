from enum import StrEnum


class TaxAdvisorExportDownloadExportFormat(StrEnum):
    AGGREGATED = "AGGREGATED"
    SINGLE = "SINGLE"

    def __str__(self) -> str:
        return str(self.value)

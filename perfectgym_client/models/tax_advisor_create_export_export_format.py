from enum import StrEnum


class TaxAdvisorCreateExportExportFormat(StrEnum):
    AGGREGATED = "AGGREGATED"
    SINGLE = "SINGLE"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class TaxAdvisorCreateExportExportFormat(OpenStrEnum):
    AGGREGATED = "AGGREGATED"
    SINGLE = "SINGLE"

    def __str__(self) -> str:
        return str(self.value)

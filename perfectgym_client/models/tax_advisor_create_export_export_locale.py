from ..types import OpenStrEnum


class TaxAdvisorCreateExportExportLocale(OpenStrEnum):
    ENGLISH = "ENGLISH"
    GERMAN = "GERMAN"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class TaxAdvisorCreateExportExportLocale(StrEnum):
    ENGLISH = "ENGLISH"
    GERMAN = "GERMAN"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure(StrEnum):
    ALWAYS = "ALWAYS"
    BY_PARTNER = "BY_PARTNER"

    def __str__(self) -> str:
        return str(self.value)

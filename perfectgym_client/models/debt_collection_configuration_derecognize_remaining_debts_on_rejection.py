from enum import StrEnum


class DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection(StrEnum):
    ALWAYS = "ALWAYS"
    BY_PARTNER = "BY_PARTNER"

    def __str__(self) -> str:
        return str(self.value)

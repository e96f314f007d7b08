from ..types import OpenStrEnum


class DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection(OpenStrEnum):
    ALWAYS = "ALWAYS"
    BY_PARTNER = "BY_PARTNER"

    def __str__(self) -> str:
        return str(self.value)

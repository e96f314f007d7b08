from ..types import OpenStrEnum


class IdlePeriodConfigurationReferencePeriod(OpenStrEnum):
    CALENDAR_YEAR = "CALENDAR_YEAR"
    CONTRACT_YEAR = "CONTRACT_YEAR"

    def __str__(self) -> str:
        return str(self.value)

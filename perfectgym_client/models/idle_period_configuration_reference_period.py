from enum import StrEnum


class IdlePeriodConfigurationReferencePeriod(StrEnum):
    CALENDAR_YEAR = "CALENDAR_YEAR"
    CONTRACT_YEAR = "CONTRACT_YEAR"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class TimePeriodPeriodUnit(StrEnum):
    DAY = "DAY"
    MONTH = "MONTH"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)

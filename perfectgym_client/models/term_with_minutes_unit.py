from enum import StrEnum


class TermWithMinutesUnit(StrEnum):
    DAY = "DAY"
    HOURS = "HOURS"
    MINUTES = "MINUTES"
    MONTH = "MONTH"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)

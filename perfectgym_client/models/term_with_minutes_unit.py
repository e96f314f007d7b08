from ..types import OpenStrEnum


class TermWithMinutesUnit(OpenStrEnum):
    DAY = "DAY"
    HOURS = "HOURS"
    MINUTES = "MINUTES"
    MONTH = "MONTH"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)

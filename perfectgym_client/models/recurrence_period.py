from enum import StrEnum


class RecurrencePeriod(StrEnum):
    DAY = "DAY"
    MONTH = "MONTH"
    ONCE = "ONCE"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)

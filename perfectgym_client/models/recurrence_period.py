from ..types import OpenStrEnum


class RecurrencePeriod(OpenStrEnum):
    DAY = "DAY"
    MONTH = "MONTH"
    ONCE = "ONCE"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class TimePeriodPeriodUnit(OpenStrEnum):
    DAY = "DAY"
    MONTH = "MONTH"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class IdlePeriodValidationRequestTemporalUnit(OpenStrEnum):
    DAY = "DAY"
    MONTH = "MONTH"
    WEEK = "WEEK"

    def __str__(self) -> str:
        return str(self.value)

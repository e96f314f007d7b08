from enum import StrEnum


class IdlePeriodFeeCalculationConfigDefaultTemporalUnit(StrEnum):
    DAY = "DAY"
    MONTH = "MONTH"
    WEEK = "WEEK"

    def __str__(self) -> str:
        return str(self.value)

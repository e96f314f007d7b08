from ..types import OpenStrEnum


class IdlePeriodConfigurationTemporalUnit(OpenStrEnum):
    DAY = "DAY"
    MONTH = "MONTH"
    WEEK = "WEEK"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class IdlePeriodFeeIdlePeriodFeeCalculationType(StrEnum):
    ABSOLUTE = "ABSOLUTE"
    NONE = "NONE"
    RELATIVE = "RELATIVE"
    TERM_BASED = "TERM_BASED"

    def __str__(self) -> str:
        return str(self.value)

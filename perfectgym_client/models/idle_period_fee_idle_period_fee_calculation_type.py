from ..types import OpenStrEnum


class IdlePeriodFeeIdlePeriodFeeCalculationType(OpenStrEnum):
    ABSOLUTE = "ABSOLUTE"
    NONE = "NONE"
    RELATIVE = "RELATIVE"
    TERM_BASED = "TERM_BASED"

    def __str__(self) -> str:
        return str(self.value)

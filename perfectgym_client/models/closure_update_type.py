from enum import StrEnum


class ClosureUpdateType(StrEnum):
    NEGATIVE = "NEGATIVE"
    POSITIVE = "POSITIVE"
    REJECTION = "REJECTION"
    REVERSAL = "REVERSAL"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class ClosureUpdateType(OpenStrEnum):
    NEGATIVE = "NEGATIVE"
    POSITIVE = "POSITIVE"
    REJECTION = "REJECTION"
    REVERSAL = "REVERSAL"

    def __str__(self) -> str:
        return str(self.value)

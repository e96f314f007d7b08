from ..types import OpenStrEnum


class ClosureOptionKey(OpenStrEnum):
    WRITE_OFF_REMAINING_DEBTS = "WRITE_OFF_REMAINING_DEBTS"

    def __str__(self) -> str:
        return str(self.value)

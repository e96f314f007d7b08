from enum import StrEnum


class IdlePeriodState(StrEnum):
    ACCEPTED = "ACCEPTED"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"

    def __str__(self) -> str:
        return str(self.value)

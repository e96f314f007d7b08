from ..types import OpenStrEnum


class IdlePeriodState(OpenStrEnum):
    ACCEPTED = "ACCEPTED"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"

    def __str__(self) -> str:
        return str(self.value)

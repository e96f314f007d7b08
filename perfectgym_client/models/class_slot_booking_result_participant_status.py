from enum import StrEnum


class ClassSlotBookingResultParticipantStatus(StrEnum):
    NOT_PARTICIPATING = "NOT_PARTICIPATING"
    PARTICIPATING = "PARTICIPATING"
    UNSET = "UNSET"

    def __str__(self) -> str:
        return str(self.value)

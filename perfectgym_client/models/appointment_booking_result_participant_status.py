from ..types import OpenStrEnum


class AppointmentBookingResultParticipantStatus(OpenStrEnum):
    NOT_PARTICIPATING = "NOT_PARTICIPATING"
    PARTICIPATING = "PARTICIPATING"
    UNSET = "UNSET"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class AppointmentBookingResultAppointmentStatus(StrEnum):
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"
    PLANNED = "PLANNED"

    def __str__(self) -> str:
        return str(self.value)

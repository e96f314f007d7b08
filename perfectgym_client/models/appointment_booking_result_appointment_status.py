from ..types import OpenStrEnum


class AppointmentBookingResultAppointmentStatus(OpenStrEnum):
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"
    PLANNED = "PLANNED"

    def __str__(self) -> str:
        return str(self.value)

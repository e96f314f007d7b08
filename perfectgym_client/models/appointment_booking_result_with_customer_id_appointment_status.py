from ..types import OpenStrEnum


class AppointmentBookingResultWithCustomerIdAppointmentStatus(OpenStrEnum):
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"
    PLANNED = "PLANNED"

    def __str__(self) -> str:
        return str(self.value)

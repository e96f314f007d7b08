from enum import StrEnum


class AppointmentBookingResultWithCustomerIdAppointmentStatus(StrEnum):
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"
    PLANNED = "PLANNED"

    def __str__(self) -> str:
        return str(self.value)

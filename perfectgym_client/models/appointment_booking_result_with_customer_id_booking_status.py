from enum import StrEnum


class AppointmentBookingResultWithCustomerIdBookingStatus(StrEnum):
    BOOKED = "BOOKED"
    BOOKED_WITH_CONFIRMATION_REQUIRED = "BOOKED_WITH_CONFIRMATION_REQUIRED"
    CANCELED = "CANCELED"

    def __str__(self) -> str:
        return str(self.value)

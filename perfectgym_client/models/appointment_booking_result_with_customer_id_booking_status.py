from ..types import OpenStrEnum


class AppointmentBookingResultWithCustomerIdBookingStatus(OpenStrEnum):
    BOOKED = "BOOKED"
    BOOKED_WITH_CONFIRMATION_REQUIRED = "BOOKED_WITH_CONFIRMATION_REQUIRED"
    CANCELED = "CANCELED"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class ClassSlotBookingResultBookingStatus(OpenStrEnum):
    BOOKED = "BOOKED"
    BOOKED_WITH_CONFIRMATION_REQUIRED = "BOOKED_WITH_CONFIRMATION_REQUIRED"
    CANCELED = "CANCELED"
    WAITING_LIST = "WAITING_LIST"

    def __str__(self) -> str:
        return str(self.value)

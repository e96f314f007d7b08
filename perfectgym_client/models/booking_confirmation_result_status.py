from ..types import OpenStrEnum


class BookingConfirmationResultStatus(OpenStrEnum):
    CONFIRMED = "CONFIRMED"
    EXPIRED = "EXPIRED"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class BookingConfirmationResultStatus(StrEnum):
    CONFIRMED = "CONFIRMED"
    EXPIRED = "EXPIRED"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class ClassSlotBookingResultClassSlotStatus(OpenStrEnum):
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"
    PLANNED = "PLANNED"

    def __str__(self) -> str:
        return str(self.value)

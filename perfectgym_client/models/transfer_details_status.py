from ..types import OpenStrEnum


class TransferDetailsStatus(OpenStrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    INTERNAL_PROCESSING = "INTERNAL_PROCESSING"
    WAITING_FOR_CONFIRMATION = "WAITING_FOR_CONFIRMATION"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class TransferDetailsStatus(StrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    INTERNAL_PROCESSING = "INTERNAL_PROCESSING"
    WAITING_FOR_CONFIRMATION = "WAITING_FOR_CONFIRMATION"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class CommunicationThreadRequestCommunicationThreadStatus(StrEnum):
    CLOSED = "CLOSED"
    CREATED = "CREATED"
    ONGOING = "ONGOING"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class CommunicationThreadResponseCommunicationThreadStatus(StrEnum):
    CLOSED = "CLOSED"
    CREATED = "CREATED"
    ONGOING = "ONGOING"

    def __str__(self) -> str:
        return str(self.value)

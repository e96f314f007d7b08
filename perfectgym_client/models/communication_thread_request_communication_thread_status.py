from ..types import OpenStrEnum


class CommunicationThreadRequestCommunicationThreadStatus(OpenStrEnum):
    CLOSED = "CLOSED"
    CREATED = "CREATED"
    ONGOING = "ONGOING"

    def __str__(self) -> str:
        return str(self.value)

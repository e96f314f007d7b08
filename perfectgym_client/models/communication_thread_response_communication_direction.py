from ..types import OpenStrEnum


class CommunicationThreadResponseCommunicationDirection(OpenStrEnum):
    INCOMING = "INCOMING"
    OUTGOING = "OUTGOING"

    def __str__(self) -> str:
        return str(self.value)

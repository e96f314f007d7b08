from enum import StrEnum


class CommunicationThreadRequestCommunicationDirection(StrEnum):
    INCOMING = "INCOMING"
    OUTGOING = "OUTGOING"

    def __str__(self) -> str:
        return str(self.value)

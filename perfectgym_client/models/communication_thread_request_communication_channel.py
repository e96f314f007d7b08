from ..types import OpenStrEnum


class CommunicationThreadRequestCommunicationChannel(OpenStrEnum):
    CHAT = "CHAT"
    CONVERSATION = "CONVERSATION"
    EMAIL = "EMAIL"
    FAX = "FAX"
    LETTER = "LETTER"
    OTHER = "OTHER"
    PHONE = "PHONE"
    TEXT_MESSAGE = "TEXT_MESSAGE"

    def __str__(self) -> str:
        return str(self.value)

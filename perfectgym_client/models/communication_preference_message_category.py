from ..types import OpenStrEnum


class CommunicationPreferenceMessageCategory(OpenStrEnum):
    APPOINTMENT = "APPOINTMENT"
    CONTRACT = "CONTRACT"
    GENERAL = "GENERAL"
    LOYALTY_PROGRAM = "LOYALTY_PROGRAM"
    NEWSLETTER = "NEWSLETTER"

    def __str__(self) -> str:
        return str(self.value)

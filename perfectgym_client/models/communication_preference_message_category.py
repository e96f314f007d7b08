from enum import StrEnum


class CommunicationPreferenceMessageCategory(StrEnum):
    APPOINTMENT = "APPOINTMENT"
    CONTRACT = "CONTRACT"
    GENERAL = "GENERAL"
    LOYALTY_PROGRAM = "LOYALTY_PROGRAM"
    NEWSLETTER = "NEWSLETTER"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LeadConfigTelephoneMode(StrEnum):
    INACTIVE = "INACTIVE"
    MANDATORY = "MANDATORY"
    OPTIONAL = "OPTIONAL"

    def __str__(self) -> str:
        return str(self.value)

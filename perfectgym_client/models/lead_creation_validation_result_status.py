from enum import StrEnum


class LeadCreationValidationResultStatus(StrEnum):
    DUPLICATE_CUSTOMER = "DUPLICATE_CUSTOMER"
    INVALID_LEAD_DATA = "INVALID_LEAD_DATA"
    POSSIBLE = "POSSIBLE"

    def __str__(self) -> str:
        return str(self.value)

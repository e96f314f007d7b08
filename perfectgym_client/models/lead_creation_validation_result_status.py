from ..types import OpenStrEnum


class LeadCreationValidationResultStatus(OpenStrEnum):
    DUPLICATE_CUSTOMER = "DUPLICATE_CUSTOMER"
    INVALID_LEAD_DATA = "INVALID_LEAD_DATA"
    POSSIBLE = "POSSIBLE"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class TrialOfferLeadCustomerCreationValidationResultValidationStatus(OpenStrEnum):
    DUPLICATE_CUSTOMER = "DUPLICATE_CUSTOMER"
    INVALID_LEAD_CUSTOMER_DATA = "INVALID_LEAD_CUSTOMER_DATA"
    POSSIBLE = "POSSIBLE"

    def __str__(self) -> str:
        return str(self.value)

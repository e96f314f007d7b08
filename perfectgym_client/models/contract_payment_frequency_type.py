from ..types import OpenStrEnum


class ContractPaymentFrequencyType(OpenStrEnum):
    FREE = "FREE"
    MONTH_DAY = "MONTH_DAY"
    NON_RECURRING = "NON_RECURRING"
    RECURRING = "RECURRING"
    TERM_BASED = "TERM_BASED"

    def __str__(self) -> str:
        return str(self.value)

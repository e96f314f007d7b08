from ..types import OpenStrEnum


class DebtType(OpenStrEnum):
    BANK_FEE = "BANK_FEE"
    DEBT_CLAIM = "DEBT_CLAIM"
    DUNNING_FEE = "DUNNING_FEE"
    FLAT_FEE = "FLAT_FEE"
    PRINCIPAL_CLAIM = "PRINCIPAL_CLAIM"
    SALE = "SALE"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class DebtCollectionConfigurationDebtCollectionType(StrEnum):
    PURCHASE = "PURCHASE"
    TRUST = "TRUST"

    def __str__(self) -> str:
        return str(self.value)

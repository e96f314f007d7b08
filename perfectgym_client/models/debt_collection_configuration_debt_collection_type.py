from ..types import OpenStrEnum


class DebtCollectionConfigurationDebtCollectionType(OpenStrEnum):
    PURCHASE = "PURCHASE"
    TRUST = "TRUST"

    def __str__(self) -> str:
        return str(self.value)

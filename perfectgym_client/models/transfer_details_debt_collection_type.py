from ..types import OpenStrEnum


class TransferDetailsDebtCollectionType(OpenStrEnum):
    PURCHASE = "PURCHASE"
    TRUST = "TRUST"

    def __str__(self) -> str:
        return str(self.value)

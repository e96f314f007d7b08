from enum import StrEnum


class TransferDetailsDebtCollectionType(StrEnum):
    PURCHASE = "PURCHASE"
    TRUST = "TRUST"

    def __str__(self) -> str:
        return str(self.value)

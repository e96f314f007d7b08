from enum import StrEnum


class ContractPreUseType(StrEnum):
    CHARGEABLE = "CHARGEABLE"
    FREE = "FREE"
    NOT_AVAILABLE = "NOT_AVAILABLE"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class ContractPreUseType(OpenStrEnum):
    CHARGEABLE = "CHARGEABLE"
    FREE = "FREE"
    NOT_AVAILABLE = "NOT_AVAILABLE"

    def __str__(self) -> str:
        return str(self.value)

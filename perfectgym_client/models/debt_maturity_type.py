from ..types import OpenStrEnum


class DebtMaturityType(OpenStrEnum):
    NORMAL = "NORMAL"
    RESIDUAL = "RESIDUAL"

    def __str__(self) -> str:
        return str(self.value)

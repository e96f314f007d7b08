from enum import StrEnum


class DebtMaturityType(StrEnum):
    NORMAL = "NORMAL"
    RESIDUAL = "RESIDUAL"

    def __str__(self) -> str:
        return str(self.value)

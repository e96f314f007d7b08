from enum import StrEnum


class CardNumberFormat(StrEnum):
    DECIMAL = "DECIMAL"
    HEX_LSB = "HEX_LSB"
    HEX_MSB = "HEX_MSB"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class CardNumberFormat(OpenStrEnum):
    DECIMAL = "DECIMAL"
    HEX_LSB = "HEX_LSB"
    HEX_MSB = "HEX_MSB"

    def __str__(self) -> str:
        return str(self.value)

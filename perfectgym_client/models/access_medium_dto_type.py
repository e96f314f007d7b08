from ..types import OpenStrEnum


class AccessMediumDtoType(OpenStrEnum):
    BARCODE = "BARCODE"
    CARD_NUMBER = "CARD_NUMBER"
    PIN = "PIN"
    WALLET_PASS = "WALLET_PASS"

    def __str__(self) -> str:
        return str(self.value)

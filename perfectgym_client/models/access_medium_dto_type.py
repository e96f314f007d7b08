from enum import StrEnum


class AccessMediumDtoType(StrEnum):
    BARCODE = "BARCODE"
    CARD_NUMBER = "CARD_NUMBER"
    PIN = "PIN"
    WALLET_PASS = "WALLET_PASS"

    def __str__(self) -> str:
        return str(self.value)

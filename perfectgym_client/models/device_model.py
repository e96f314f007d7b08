from ..types import OpenStrEnum


class DeviceModel(OpenStrEnum):
    GENERIC_CARD_READER = "GENERIC_CARD_READER"
    GENERIC_TIME_READER = "GENERIC_TIME_READER"
    GENERIC_VENDING_READER = "GENERIC_VENDING_READER"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class TransferDetailsOrigin(OpenStrEnum):
    AUTOMATIC_HANDOVER = "AUTOMATIC_HANDOVER"
    CONTRACT_CANCELATION = "CONTRACT_CANCELATION"
    DEBT_COLLECTION_RUN = "DEBT_COLLECTION_RUN"
    INDIVIDUAL_HANDOVER = "INDIVIDUAL_HANDOVER"

    def __str__(self) -> str:
        return str(self.value)

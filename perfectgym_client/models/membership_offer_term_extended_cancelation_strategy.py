from ..types import OpenStrEnum


class MembershipOfferTermExtendedCancelationStrategy(OpenStrEnum):
    RECEIPT_DATE = "RECEIPT_DATE"
    TERM = "TERM"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class MembershipOfferTermExtendedCancelationStrategy(StrEnum):
    RECEIPT_DATE = "RECEIPT_DATE"
    TERM = "TERM"

    def __str__(self) -> str:
        return str(self.value)

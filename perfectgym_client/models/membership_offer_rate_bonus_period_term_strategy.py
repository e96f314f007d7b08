from ..types import OpenStrEnum


class MembershipOfferRateBonusPeriodTermStrategy(OpenStrEnum):
    CONTRACT_START = "CONTRACT_START"
    END_OF_CURRENT_TERM = "END_OF_CURRENT_TERM"
    FIXED = "FIXED"
    START_OF_NEXT_TERM = "START_OF_NEXT_TERM"

    def __str__(self) -> str:
        return str(self.value)

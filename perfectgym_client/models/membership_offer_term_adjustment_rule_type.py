from ..types import OpenStrEnum


class MembershipOfferTermAdjustmentRuleType(OpenStrEnum):
    NEW_BASIC_AMOUNT = "NEW_BASIC_AMOUNT"
    RAISE = "RAISE"
    REDUCTION = "REDUCTION"

    def __str__(self) -> str:
        return str(self.value)

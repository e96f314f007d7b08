from ..types import OpenStrEnum


class MembershipOfferTermAdjustmentRuleChargeAdjustmentType(OpenStrEnum):
    ABSOLUTE = "ABSOLUTE"
    BASIC_AMOUNT = "BASIC_AMOUNT"
    RELATIVE = "RELATIVE"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class MembershipOfferModuleAgeBasedAdjustmentType(StrEnum):
    ABSOLUTE = "ABSOLUTE"
    PERCENTAGE = "PERCENTAGE"

    def __str__(self) -> str:
        return str(self.value)

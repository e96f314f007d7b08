from ..types import OpenStrEnum


class MembershipOfferModuleAgeBasedAdjustmentType(OpenStrEnum):
    ABSOLUTE = "ABSOLUTE"
    PERCENTAGE = "PERCENTAGE"

    def __str__(self) -> str:
        return str(self.value)

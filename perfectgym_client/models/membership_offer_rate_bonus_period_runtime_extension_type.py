from ..types import OpenStrEnum


class MembershipOfferRateBonusPeriodRuntimeExtensionType(OpenStrEnum):
    WITHOUT_EXTENSION = "WITHOUT_EXTENSION"
    WITH_EXTENSION = "WITH_EXTENSION"

    def __str__(self) -> str:
        return str(self.value)

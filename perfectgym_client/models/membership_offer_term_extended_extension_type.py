from ..types import OpenStrEnum


class MembershipOfferTermExtendedExtensionType(OpenStrEnum):
    NONE = "NONE"
    SUBSEQUENT_RATE_DETAIL = "SUBSEQUENT_RATE_DETAIL"
    TERM_EXTENSION = "TERM_EXTENSION"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class MembershipOfferTermExtendedExtensionType(StrEnum):
    NONE = "NONE"
    SUBSEQUENT_RATE_DETAIL = "SUBSEQUENT_RATE_DETAIL"
    TERM_EXTENSION = "TERM_EXTENSION"

    def __str__(self) -> str:
        return str(self.value)

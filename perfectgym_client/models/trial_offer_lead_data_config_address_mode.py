from enum import StrEnum


class TrialOfferLeadDataConfigAddressMode(StrEnum):
    INACTIVE = "INACTIVE"
    MANDATORY = "MANDATORY"
    OPTIONAL = "OPTIONAL"

    def __str__(self) -> str:
        return str(self.value)

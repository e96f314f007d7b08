from ..types import OpenStrEnum


class TrialOfferLeadDataConfigGenderMode(OpenStrEnum):
    INACTIVE = "INACTIVE"
    MANDATORY = "MANDATORY"
    OPTIONAL = "OPTIONAL"

    def __str__(self) -> str:
        return str(self.value)

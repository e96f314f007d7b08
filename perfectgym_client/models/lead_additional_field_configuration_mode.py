from ..types import OpenStrEnum


class LeadAdditionalFieldConfigurationMode(OpenStrEnum):
    INACTIVE = "INACTIVE"
    MANDATORY = "MANDATORY"
    OPTIONAL = "OPTIONAL"

    def __str__(self) -> str:
        return str(self.value)

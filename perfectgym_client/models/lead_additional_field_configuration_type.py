from ..types import OpenStrEnum


class LeadAdditionalFieldConfigurationType(OpenStrEnum):
    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    LIST = "LIST"
    NUMERIC = "NUMERIC"
    TEXT = "TEXT"

    def __str__(self) -> str:
        return str(self.value)

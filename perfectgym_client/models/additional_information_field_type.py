from enum import StrEnum


class AdditionalInformationFieldType(StrEnum):
    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    LIST = "LIST"
    NUMERIC = "NUMERIC"
    TEXT = "TEXT"

    def __str__(self) -> str:
        return str(self.value)

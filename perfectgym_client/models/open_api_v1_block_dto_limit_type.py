from enum import StrEnum


class OpenApiV1BlockDtoLimitType(StrEnum):
    DISABLED = "DISABLED"
    LIMITED = "LIMITED"
    UNLIMITED = "UNLIMITED"

    def __str__(self) -> str:
        return str(self.value)

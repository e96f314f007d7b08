from ..types import OpenStrEnum


class OpenApiV1BlockDtoLimitType(OpenStrEnum):
    DISABLED = "DISABLED"
    LIMITED = "LIMITED"
    UNLIMITED = "UNLIMITED"

    def __str__(self) -> str:
        return str(self.value)

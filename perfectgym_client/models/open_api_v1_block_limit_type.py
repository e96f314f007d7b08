from ..types import OpenStrEnum


class OpenApiV1BlockLimitType(OpenStrEnum):
    DISABLED = "DISABLED"
    LIMITED = "LIMITED"
    UNLIMITED = "UNLIMITED"

    def __str__(self) -> str:
        return str(self.value)

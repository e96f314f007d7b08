from ..types import OpenStrEnum


class OpenApiV1SignupPreviewDtoVoucherEffectivePeriod(OpenStrEnum):
    INITIAL_TERM = "INITIAL_TERM"
    TIME_BASED = "TIME_BASED"
    UNLIMITED = "UNLIMITED"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class OpenApiV1SignupPreviewDtoVoucherEffectivePeriod(StrEnum):
    INITIAL_TERM = "INITIAL_TERM"
    TIME_BASED = "TIME_BASED"
    UNLIMITED = "UNLIMITED"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class OpenApiV1SignupPreviewDtoVoucherErrorCode(StrEnum):
    INVALID_CODE = "INVALID_CODE"

    def __str__(self) -> str:
        return str(self.value)

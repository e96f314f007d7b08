from ..types import OpenStrEnum


class OpenApiV1SignupPreviewDtoVoucherErrorCode(OpenStrEnum):
    INVALID_CODE = "INVALID_CODE"

    def __str__(self) -> str:
        return str(self.value)

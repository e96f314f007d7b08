from ..types import OpenStrEnum


class OpenApiV1SignupPreviewDtoDiscountType(OpenStrEnum):
    ABSOLUTE = "ABSOLUTE"
    PERCENTAGE = "PERCENTAGE"

    def __str__(self) -> str:
        return str(self.value)

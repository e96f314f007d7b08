from ..types import OpenStrEnum


class OpenApiV1SignupPreviewDtoCompanyFeeSplitType(OpenStrEnum):
    ABSOLUTE = "ABSOLUTE"
    PERCENTAGE = "PERCENTAGE"

    def __str__(self) -> str:
        return str(self.value)

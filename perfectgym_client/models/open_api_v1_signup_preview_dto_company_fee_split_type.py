from enum import StrEnum


class OpenApiV1SignupPreviewDtoCompanyFeeSplitType(StrEnum):
    ABSOLUTE = "ABSOLUTE"
    PERCENTAGE = "PERCENTAGE"

    def __str__(self) -> str:
        return str(self.value)

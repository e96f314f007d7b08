from ..types import OpenStrEnum


class AdditionalModuleExtensionExtensionType(OpenStrEnum):
    NEW = "NEW"
    TERM_EXTENSION = "TERM_EXTENSION"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class AdditionalModuleExtensionExtensionType(StrEnum):
    NEW = "NEW"
    TERM_EXTENSION = "TERM_EXTENSION"

    def __str__(self) -> str:
        return str(self.value)

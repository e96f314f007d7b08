from enum import StrEnum


class ClassType(StrEnum):
    STREAM = "STREAM"
    STUDIO = "STUDIO"

    def __str__(self) -> str:
        return str(self.value)

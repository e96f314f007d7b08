from ..types import OpenStrEnum


class ClassType(OpenStrEnum):
    STREAM = "STREAM"
    STUDIO = "STUDIO"

    def __str__(self) -> str:
        return str(self.value)

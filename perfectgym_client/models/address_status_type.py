from ..types import OpenStrEnum


class AddressStatusType(OpenStrEnum):
    INVALID = "INVALID"
    VALID = "VALID"

    def __str__(self) -> str:
        return str(self.value)

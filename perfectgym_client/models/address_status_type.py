from enum import StrEnum


class AddressStatusType(StrEnum):
    INVALID = "INVALID"
    VALID = "VALID"

    def __str__(self) -> str:
        return str(self.value)

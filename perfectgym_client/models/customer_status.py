from ..types import OpenStrEnum


class CustomerStatus(OpenStrEnum):
    FORMER_MEMBER = "FORMER_MEMBER"
    MEMBER = "MEMBER"
    PROSPECT = "PROSPECT"

    def __str__(self) -> str:
        return str(self.value)

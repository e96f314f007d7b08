from ..types import OpenStrEnum


class ContractStatus(OpenStrEnum):
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"

    def __str__(self) -> str:
        return str(self.value)

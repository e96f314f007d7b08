from ..types import OpenStrEnum


class CustomerMasterDataCustomerTitle(OpenStrEnum):
    DR = "DR"
    NONE = "NONE"
    PROF = "PROF"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle(OpenStrEnum):
    DR = "DR"
    NONE = "NONE"
    PROF = "PROF"

    def __str__(self) -> str:
        return str(self.value)

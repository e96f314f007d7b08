from enum import StrEnum


class OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle(StrEnum):
    DR = "DR"
    NONE = "NONE"
    PROF = "PROF"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterDataCustomerTitle(OpenStrEnum):
    DR = "DR"
    NONE = "NONE"
    PROF = "PROF"

    def __str__(self) -> str:
        return str(self.value)

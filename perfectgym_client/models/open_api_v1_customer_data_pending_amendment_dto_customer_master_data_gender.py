from enum import StrEnum


class OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterDataGender(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"
    UNISEX = "UNISEX"

    def __str__(self) -> str:
        return str(self.value)

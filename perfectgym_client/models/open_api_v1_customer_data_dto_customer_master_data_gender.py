from enum import StrEnum


class OpenApiV1CustomerDataDtoCustomerMasterDataGender(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"
    UNISEX = "UNISEX"

    def __str__(self) -> str:
        return str(self.value)

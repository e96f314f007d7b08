from enum import StrEnum


class CustomerMasterDataGender(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"
    UNISEX = "UNISEX"

    def __str__(self) -> str:
        return str(self.value)

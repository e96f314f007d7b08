from enum import StrEnum


class LeadCustomerDataGender(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"
    UNISEX = "UNISEX"

    def __str__(self) -> str:
        return str(self.value)

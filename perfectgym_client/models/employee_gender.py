from enum import StrEnum


class EmployeeGender(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"
    UNISEX = "UNISEX"

    def __str__(self) -> str:
        return str(self.value)

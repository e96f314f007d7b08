from ..types import OpenStrEnum


class MembershipSignupCustomerGender(OpenStrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"
    UNISEX = "UNISEX"

    def __str__(self) -> str:
        return str(self.value)

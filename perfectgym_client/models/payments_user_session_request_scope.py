from enum import StrEnum


class PaymentsUserSessionRequestScope(StrEnum):
    ECOM = "ECOM"
    MEMBER_ACCOUNT = "MEMBER_ACCOUNT"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class PaymentsUserSessionRequestScope(OpenStrEnum):
    ECOM = "ECOM"
    MEMBER_ACCOUNT = "MEMBER_ACCOUNT"

    def __str__(self) -> str:
        return str(self.value)

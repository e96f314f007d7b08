from ..types import OpenStrEnum


class MembershipSelfServiceContractDataCancelationStatus(OpenStrEnum):
    CANCELED = "CANCELED"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"
    PENDING_WITHDRAWAL_VERIFICATION = "PENDING_WITHDRAWAL_VERIFICATION"

    def __str__(self) -> str:
        return str(self.value)

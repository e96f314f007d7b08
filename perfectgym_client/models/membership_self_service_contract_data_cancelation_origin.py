from enum import StrEnum


class MembershipSelfServiceContractDataCancelationOrigin(StrEnum):
    CUSTOMER = "CUSTOMER"
    STUDIO = "STUDIO"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class MembershipSelfServiceContractDataCancelationOrigin(OpenStrEnum):
    CUSTOMER = "CUSTOMER"
    STUDIO = "STUDIO"

    def __str__(self) -> str:
        return str(self.value)

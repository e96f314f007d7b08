from ..types import OpenStrEnum


class OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus(OpenStrEnum):
    CHANGES_REQUIRE_VERIFICATION = "CHANGES_REQUIRE_VERIFICATION"
    CHANGES_WITHOUT_VERIFICATION = "CHANGES_WITHOUT_VERIFICATION"
    READ = "READ"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus(StrEnum):
    CHANGES_REQUIRE_VERIFICATION = "CHANGES_REQUIRE_VERIFICATION"
    CHANGES_WITHOUT_VERIFICATION = "CHANGES_WITHOUT_VERIFICATION"
    READ = "READ"

    def __str__(self) -> str:
        return str(self.value)

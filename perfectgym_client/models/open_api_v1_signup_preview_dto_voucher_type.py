from ..types import OpenStrEnum


class OpenApiV1SignupPreviewDtoVoucherType(OpenStrEnum):
    CHECKIN = "CHECKIN"
    COMPANY_FEE_SPLIT = "COMPANY_FEE_SPLIT"
    CONTRACT = "CONTRACT"
    CREDIT = "CREDIT"
    DISCOUNT = "DISCOUNT"

    def __str__(self) -> str:
        return str(self.value)

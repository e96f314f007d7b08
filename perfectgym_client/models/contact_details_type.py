from ..types import OpenStrEnum


class ContactDetailsType(OpenStrEnum):
    EMAIL = "EMAIL"
    FAX = "FAX"
    TEL_BUSINESS = "TEL_BUSINESS"
    TEL_BUSINESS_MOBILE = "TEL_BUSINESS_MOBILE"
    TEL_PRIVATE = "TEL_PRIVATE"
    TEL_PRIVATE_MOBILE = "TEL_PRIVATE_MOBILE"

    def __str__(self) -> str:
        return str(self.value)

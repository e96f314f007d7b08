from ..types import OpenStrEnum


class VoucherDiscountPeriodDiscountType(OpenStrEnum):
    ABSOLUTE = "ABSOLUTE"
    PERCENTAGE = "PERCENTAGE"

    def __str__(self) -> str:
        return str(self.value)

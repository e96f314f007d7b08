from enum import StrEnum


class VoucherDiscountPeriodDiscountType(StrEnum):
    ABSOLUTE = "ABSOLUTE"
    PERCENTAGE = "PERCENTAGE"

    def __str__(self) -> str:
        return str(self.value)

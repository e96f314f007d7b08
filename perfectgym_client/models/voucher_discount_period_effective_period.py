from ..types import OpenStrEnum


class VoucherDiscountPeriodEffectivePeriod(OpenStrEnum):
    INITIAL_TERM = "INITIAL_TERM"
    TIME_BASED = "TIME_BASED"
    UNLIMITED = "UNLIMITED"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class SignupPaymentScheduleEntryType(OpenStrEnum):
    BONUS_PERIOD = "BONUS_PERIOD"
    CONTRACT_FEE = "CONTRACT_FEE"
    FLAT_FEE = "FLAT_FEE"
    MODULE_FEE = "MODULE_FEE"
    STARTER_PACKAGE = "STARTER_PACKAGE"

    def __str__(self) -> str:
        return str(self.value)

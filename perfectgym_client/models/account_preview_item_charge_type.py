from ..types import OpenStrEnum


class AccountPreviewItemChargeType(OpenStrEnum):
    BONUS_PERIOD_CHARGE = "BONUS_PERIOD_CHARGE"
    CONTRACT_IDLE_PERIOD_CHARGE = "CONTRACT_IDLE_PERIOD_CHARGE"
    FLAT_FEE = "FLAT_FEE"
    IDLE_PERIOD_CHARGE = "IDLE_PERIOD_CHARGE"
    MEMBERSHIP_CHARGE = "MEMBERSHIP_CHARGE"
    TRIAL_PERIOD_CHARGE = "TRIAL_PERIOD_CHARGE"

    def __str__(self) -> str:
        return str(self.value)

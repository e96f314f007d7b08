from ..types import OpenStrEnum


class FlatFeePreviewPaidTimePeriodCalculationType(OpenStrEnum):
    NORMALIZATION_ON_CALENDAR_UNIT = "NORMALIZATION_ON_CALENDAR_UNIT"
    REFERENCE_DATE = "REFERENCE_DATE"

    def __str__(self) -> str:
        return str(self.value)

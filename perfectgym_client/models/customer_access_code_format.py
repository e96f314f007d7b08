from ..types import OpenStrEnum


class CustomerAccessCodeFormat(OpenStrEnum):
    QR_CODE = "QR_CODE"

    def __str__(self) -> str:
        return str(self.value)

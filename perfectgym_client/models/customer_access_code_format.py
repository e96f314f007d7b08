from enum import StrEnum


class CustomerAccessCodeFormat(StrEnum):
    QR_CODE = "QR_CODE"

    def __str__(self) -> str:
        return str(self.value)

from ..types import OpenStrEnum


class EmployeeBusinessRole(OpenStrEnum):
    ADMINISTRATION_OR_FINANCE = "ADMINISTRATION_OR_FINANCE"
    MARKETING = "MARKETING"
    SERVICE_EMPLOYEE = "SERVICE_EMPLOYEE"
    STUDIO_MANAGER = "STUDIO_MANAGER"
    STUDIO_OWNER = "STUDIO_OWNER"
    TRAINER = "TRAINER"

    def __str__(self) -> str:
        return str(self.value)

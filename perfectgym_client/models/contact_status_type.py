from ..types import OpenStrEnum


class ContactStatusType(OpenStrEnum):
    INVALID = "INVALID"
    NOT_YET_USED = "NOT_YET_USED"
    NO_EMAIL = "NO_EMAIL"
    REFUSED = "REFUSED"
    REFUSED_FULL = "REFUSED_FULL"
    REFUSED_VIRUS = "REFUSED_VIRUS"
    VALID = "VALID"
    VALIDATION_IN_PROGRESS = "VALIDATION_IN_PROGRESS"
    VALID_READ = "VALID_READ"
    WARNING = "WARNING"

    def __str__(self) -> str:
        return str(self.value)

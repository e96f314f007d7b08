from ..types import OpenStrEnum


class DocumentIdentificationDocumentType(OpenStrEnum):
    DRIVERS_LICENCE = "DRIVERS_LICENCE"
    ID_CARD = "ID_CARD"
    NATIONAL_ID_NUMBER = "NATIONAL_ID_NUMBER"
    OTHERS = "OTHERS"
    PASSPORT = "PASSPORT"
    RESIDENCE_PERMIT = "RESIDENCE_PERMIT"

    def __str__(self) -> str:
        return str(self.value)

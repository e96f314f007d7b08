from enum import StrEnum


class MembershipOfferTextBlockAttachmentType(StrEnum):
    CONTRACT_PDF_PREVIEW = "CONTRACT_PDF_PREVIEW"
    FILE = "FILE"
    NONE = "NONE"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)

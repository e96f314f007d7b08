from ..types import OpenStrEnum


class MembershipOfferTextBlockAttachmentType(OpenStrEnum):
    CONTRACT_PDF_PREVIEW = "CONTRACT_PDF_PREVIEW"
    FILE = "FILE"
    NONE = "NONE"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)

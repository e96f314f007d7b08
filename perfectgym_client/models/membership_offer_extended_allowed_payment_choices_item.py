from ..types import OpenStrEnum


class MembershipOfferExtendedAllowedPaymentChoicesItem(OpenStrEnum):
    BACS = "BACS"
    BANCONTACT = "BANCONTACT"
    BANK_TRANSFER = "BANK_TRANSFER"
    CASH = "CASH"
    CH_DD = "CH_DD"
    CREDIT_CARD = "CREDIT_CARD"
    IDEAL = "IDEAL"
    LSV = "LSV"
    PAYPAL = "PAYPAL"
    SEPA = "SEPA"
    TWINT = "TWINT"

    def __str__(self) -> str:
        return str(self.value)

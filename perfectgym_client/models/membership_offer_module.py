from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_offer_module_term import MembershipOfferModuleTerm
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency
    from ..models.membership_offer_text_block import MembershipOfferTextBlock
    from ..models.membership_offer_trial_period import MembershipOfferTrialPeriod
    from ..models.rate_code import RateCode


T = TypeVar("T", bound="MembershipOfferModule")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "imageUrl",
        "trialPeriod",
        "consentTextBlock",
        "rateCodes",
    }
)


@_attrs_define
class MembershipOfferModule:
    """
    Attributes:
        payment_frequency (MembershipOfferPaymentFrequency): Represents the payment frequency
        id (int): Unique ID of the module
        name (str): Name of the module
        description (str): Description of the module
        term (MembershipOfferModuleTerm): Represents the terms of a membership offer
        image_url (str | Unset): Image URL of the module. Temporary URL, expires after 5 hours.
        trial_period (MembershipOfferTrialPeriod | Unset): Represents the trial period of a membership offer
        consent_text_block (MembershipOfferTextBlock | Unset): Contract text block information
        rate_codes (list[RateCode] | Unset): Rate codes of the module
    """

    payment_frequency: MembershipOfferPaymentFrequency
    id: int
    name: str
    description: str
    term: MembershipOfferModuleTerm
    image_url: str | Unset = UNSET
    trial_period: MembershipOfferTrialPeriod | Unset = UNSET
    consent_text_block: MembershipOfferTextBlock | Unset = UNSET
    rate_codes: list[RateCode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_frequency = self.payment_frequency.to_dict()

        id = self.id

        name = self.name

        description = self.description

        term = self.term.to_dict()

        image_url = self.image_url

        trial_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trial_period, Unset):
            trial_period = self.trial_period.to_dict()

        consent_text_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consent_text_block, Unset):
            consent_text_block = self.consent_text_block.to_dict()

        rate_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rate_codes, Unset):
            rate_codes = []
            for rate_codes_item_data in self.rate_codes:
                rate_codes_item = rate_codes_item_data.to_dict()
                rate_codes.append(rate_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentFrequency": payment_frequency,
                "id": id,
                "name": name,
                "description": description,
                "term": term,
            }
        )
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if trial_period is not UNSET:
            field_dict["trialPeriod"] = trial_period
        if consent_text_block is not UNSET:
            field_dict["consentTextBlock"] = consent_text_block
        if rate_codes is not UNSET:
            field_dict["rateCodes"] = rate_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_offer_module_term import MembershipOfferModuleTerm  # noqa: PLC0415
        from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency  # noqa: PLC0415
        from ..models.membership_offer_text_block import MembershipOfferTextBlock  # noqa: PLC0415
        from ..models.membership_offer_trial_period import MembershipOfferTrialPeriod  # noqa: PLC0415
        from ..models.rate_code import RateCode  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        payment_frequency = MembershipOfferPaymentFrequency.from_dict(d.pop("paymentFrequency"))

        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        term = MembershipOfferModuleTerm.from_dict(d.pop("term"))

        image_url = d.pop("imageUrl", UNSET)

        _trial_period = d.pop("trialPeriod", UNSET)
        trial_period: MembershipOfferTrialPeriod | Unset
        if isinstance(_trial_period, Unset):
            trial_period = UNSET
        else:
            trial_period = MembershipOfferTrialPeriod.from_dict(_trial_period)

        _consent_text_block = d.pop("consentTextBlock", UNSET)
        consent_text_block: MembershipOfferTextBlock | Unset
        if isinstance(_consent_text_block, Unset):
            consent_text_block = UNSET
        else:
            consent_text_block = MembershipOfferTextBlock.from_dict(_consent_text_block)

        _rate_codes = d.pop("rateCodes", UNSET)
        rate_codes: list[RateCode] | Unset = UNSET
        if _rate_codes is not UNSET:
            rate_codes = []
            for rate_codes_item_data in _rate_codes:
                rate_codes_item = RateCode.from_dict(rate_codes_item_data)

                rate_codes.append(rate_codes_item)

        _obj = cls(
            payment_frequency=payment_frequency,
            id=id,
            name=name,
            description=description,
            term=term,
            image_url=image_url,
            trial_period=trial_period,
            consent_text_block=consent_text_block,
            rate_codes=rate_codes,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

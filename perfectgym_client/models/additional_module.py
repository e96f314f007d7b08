from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_module_payment_frequency import AdditionalModulePaymentFrequency
    from ..models.additional_module_trial_period_config import AdditionalModuleTrialPeriodConfig
    from ..models.rate_code import RateCode
    from ..models.term_information import TermInformation


T = TypeVar("T", bound="AdditionalModule")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "description",
        "trialPeriodConfig",
        "rateCodes",
    }
)


@_attrs_define
class AdditionalModule:
    """
    Attributes:
        id (int): Unique ID of the additional module Example: 203.
        name (str): Name of the additional module rate Example: drink flat.
        image_url (str): Image url of the additional module Example: https://www.image.com.
        payment_frequencies (list[AdditionalModulePaymentFrequency]): Payment frequencies of the additional module
        term_information (TermInformation): Term information of the additional module
        description (str | Unset): Description of the additional module rate Example: drink flat.
        trial_period_config (AdditionalModuleTrialPeriodConfig | Unset): Represents the trial period config of an
            additional module
        rate_codes (list[RateCode] | Unset): Rate codes of the additional module rate
    """

    id: int
    name: str
    image_url: str
    payment_frequencies: list[AdditionalModulePaymentFrequency]
    term_information: TermInformation
    description: str | Unset = UNSET
    trial_period_config: AdditionalModuleTrialPeriodConfig | Unset = UNSET
    rate_codes: list[RateCode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        image_url = self.image_url

        payment_frequencies = []
        for payment_frequencies_item_data in self.payment_frequencies:
            payment_frequencies_item = payment_frequencies_item_data.to_dict()
            payment_frequencies.append(payment_frequencies_item)

        term_information = self.term_information.to_dict()

        description = self.description

        trial_period_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trial_period_config, Unset):
            trial_period_config = self.trial_period_config.to_dict()

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
                "id": id,
                "name": name,
                "imageUrl": image_url,
                "paymentFrequencies": payment_frequencies,
                "termInformation": term_information,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if trial_period_config is not UNSET:
            field_dict["trialPeriodConfig"] = trial_period_config
        if rate_codes is not UNSET:
            field_dict["rateCodes"] = rate_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_module_payment_frequency import AdditionalModulePaymentFrequency  # noqa: PLC0415
        from ..models.additional_module_trial_period_config import AdditionalModuleTrialPeriodConfig  # noqa: PLC0415
        from ..models.rate_code import RateCode  # noqa: PLC0415
        from ..models.term_information import TermInformation  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        name = d.pop("name")

        image_url = d.pop("imageUrl")

        payment_frequencies = []
        _payment_frequencies = d.pop("paymentFrequencies")
        for payment_frequencies_item_data in _payment_frequencies:
            payment_frequencies_item = AdditionalModulePaymentFrequency.from_dict(payment_frequencies_item_data)

            payment_frequencies.append(payment_frequencies_item)

        term_information = TermInformation.from_dict(d.pop("termInformation"))

        description = d.pop("description", UNSET)

        _trial_period_config = d.pop("trialPeriodConfig", UNSET)
        trial_period_config: AdditionalModuleTrialPeriodConfig | Unset
        if isinstance(_trial_period_config, Unset):
            trial_period_config = UNSET
        else:
            trial_period_config = AdditionalModuleTrialPeriodConfig.from_dict(_trial_period_config)

        _rate_codes = d.pop("rateCodes", UNSET)
        rate_codes: list[RateCode] | Unset = UNSET
        if _rate_codes is not UNSET:
            rate_codes = []
            for rate_codes_item_data in _rate_codes:
                rate_codes_item = RateCode.from_dict(rate_codes_item_data)

                rate_codes.append(rate_codes_item)

        _obj = cls(
            id=id,
            name=name,
            image_url=image_url,
            payment_frequencies=payment_frequencies,
            term_information=term_information,
            description=description,
            trial_period_config=trial_period_config,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    expect_json_array,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.additional_module_payment_frequency import AdditionalModulePaymentFrequency
    from ..models.additional_module_trial_period_config import AdditionalModuleTrialPeriodConfig
    from ..models.rate_code import RateCode
    from ..models.term_information import TermInformation


T = TypeVar("T", bound="AdditionalModule")


@_attrs_define(slots=False, repr=False, eq=False)
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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

        except MalformedFieldError:
            if "_raw" not in self.__dict__:
                raise
            return dict_as_received(self)

    def to_json(self, *, exclude_unset: bool = True) -> str:
        """``to_dict()`` as compact JSON text."""
        return model_json(self.to_dict(exclude_unset=exclude_unset))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON, keeping the dict (not a copy). Fields are parsed when first read."""
        _obj = cls.__new__(cls)
        _obj.__dict__["_raw"] = src_dict if src_dict.__class__ is dict else json_object(src_dict)
        return _obj

    def __repr__(self) -> str:
        return lazy_model_repr(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return lazy_model_eq(self, other)

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


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "imageUrl",
        "paymentFrequencies",
        "termInformation",
        "description",
        "trialPeriodConfig",
        "rateCodes",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.additional_module_payment_frequency import AdditionalModulePaymentFrequency  # noqa: PLC0415
    from ..models.additional_module_trial_period_config import AdditionalModuleTrialPeriodConfig  # noqa: PLC0415
    from ..models.rate_code import RateCode  # noqa: PLC0415
    from ..models.term_information import TermInformation  # noqa: PLC0415

    globals().update(
        {
            "AdditionalModulePaymentFrequency": AdditionalModulePaymentFrequency,
            "AdditionalModuleTrialPeriodConfig": AdditionalModuleTrialPeriodConfig,
            "RateCode": RateCode,
            "TermInformation": TermInformation,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_name(d: dict[str, Any]) -> str:
    _source: str = d["name"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_image_url(d: dict[str, Any]) -> str:
    _source: str = d["imageUrl"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_payment_frequencies(d: dict[str, Any]) -> list[AdditionalModulePaymentFrequency]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["paymentFrequencies"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    payment_frequencies = []
    _payment_frequencies = _source
    for payment_frequencies_item_data in _payment_frequencies:
        payment_frequencies_item = AdditionalModulePaymentFrequency.from_dict(payment_frequencies_item_data)

        payment_frequencies.append(payment_frequencies_item)

    return payment_frequencies


def _parse_term_information(d: dict[str, Any]) -> TermInformation:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["termInformation"]
    term_information = TermInformation.from_dict(_source)

    return term_information


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("description", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_trial_period_config(d: dict[str, Any]) -> AdditionalModuleTrialPeriodConfig | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("trialPeriodConfig", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _trial_period_config = _source
    trial_period_config: AdditionalModuleTrialPeriodConfig | Unset
    if isinstance(_trial_period_config, Unset):
        trial_period_config = UNSET
    else:
        trial_period_config = AdditionalModuleTrialPeriodConfig.from_dict(_trial_period_config)

    return trial_period_config


def _parse_rate_codes(d: dict[str, Any]) -> list[RateCode] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("rateCodes", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _rate_codes = _source
    rate_codes: list[RateCode] | Unset = UNSET
    if _rate_codes is not UNSET:
        rate_codes = []
        for rate_codes_item_data in _rate_codes:
            rate_codes_item = RateCode.from_dict(rate_codes_item_data)

            rate_codes.append(rate_codes_item)

    return rate_codes


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    AdditionalModule,
    (
        ("id", "id", _parse_id, int),
        ("name", "name", _parse_name, str),
        ("image_url", "imageUrl", _parse_image_url, str),
        ("payment_frequencies", "paymentFrequencies", _parse_payment_frequencies, None),
        ("term_information", "termInformation", _parse_term_information, None),
        ("description", "description", _parse_description, str),
        ("trial_period_config", "trialPeriodConfig", _parse_trial_period_config, None),
        ("rate_codes", "rateCodes", _parse_rate_codes, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

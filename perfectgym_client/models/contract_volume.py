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
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="ContractVolume")


@_attrs_define(slots=False, repr=False, eq=False)
class ContractVolume:
    """
    Attributes:
        total_contract_volume (Money | Unset): Base price of the contract
        average_payment_volume_per_month (Money | Unset): Base price of the contract
        average_payment_volume_per_payment_frequency_term (Money | Unset): Base price of the contract
    """

    total_contract_volume: Money | Unset = UNSET
    average_payment_volume_per_month: Money | Unset = UNSET
    average_payment_volume_per_payment_frequency_term: Money | Unset = UNSET
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
            total_contract_volume: dict[str, Any] | Unset = UNSET
            if not isinstance(self.total_contract_volume, Unset):
                total_contract_volume = self.total_contract_volume.to_dict()

            average_payment_volume_per_month: dict[str, Any] | Unset = UNSET
            if not isinstance(self.average_payment_volume_per_month, Unset):
                average_payment_volume_per_month = self.average_payment_volume_per_month.to_dict()

            average_payment_volume_per_payment_frequency_term: dict[str, Any] | Unset = UNSET
            if not isinstance(self.average_payment_volume_per_payment_frequency_term, Unset):
                average_payment_volume_per_payment_frequency_term = (
                    self.average_payment_volume_per_payment_frequency_term.to_dict()
                )

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update({})
            if total_contract_volume is not UNSET:
                field_dict["totalContractVolume"] = total_contract_volume
            if average_payment_volume_per_month is not UNSET:
                field_dict["averagePaymentVolumePerMonth"] = average_payment_volume_per_month
            if average_payment_volume_per_payment_frequency_term is not UNSET:
                field_dict["averagePaymentVolumePerPaymentFrequencyTerm"] = (
                    average_payment_volume_per_payment_frequency_term
                )

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
        "totalContractVolume",
        "averagePaymentVolumePerMonth",
        "averagePaymentVolumePerPaymentFrequencyTerm",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.money import Money  # noqa: PLC0415

    globals().update(
        {
            "Money": Money,
        }
    )
    _nested_resolved = True


def _parse_total_contract_volume(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("totalContractVolume", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _total_contract_volume = _source
    total_contract_volume: Money | Unset
    if isinstance(_total_contract_volume, Unset):
        total_contract_volume = UNSET
    else:
        total_contract_volume = Money.from_dict(_total_contract_volume)

    return total_contract_volume


def _parse_average_payment_volume_per_month(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("averagePaymentVolumePerMonth", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _average_payment_volume_per_month = _source
    average_payment_volume_per_month: Money | Unset
    if isinstance(_average_payment_volume_per_month, Unset):
        average_payment_volume_per_month = UNSET
    else:
        average_payment_volume_per_month = Money.from_dict(_average_payment_volume_per_month)

    return average_payment_volume_per_month


def _parse_average_payment_volume_per_payment_frequency_term(d: dict[str, Any]) -> Money | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("averagePaymentVolumePerPaymentFrequencyTerm", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _average_payment_volume_per_payment_frequency_term = _source
    average_payment_volume_per_payment_frequency_term: Money | Unset
    if isinstance(_average_payment_volume_per_payment_frequency_term, Unset):
        average_payment_volume_per_payment_frequency_term = UNSET
    else:
        average_payment_volume_per_payment_frequency_term = Money.from_dict(
            _average_payment_volume_per_payment_frequency_term
        )

    return average_payment_volume_per_payment_frequency_term


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    ContractVolume,
    (
        ("total_contract_volume", "totalContractVolume", _parse_total_contract_volume, None),
        (
            "average_payment_volume_per_month",
            "averagePaymentVolumePerMonth",
            _parse_average_payment_volume_per_month,
            None,
        ),
        (
            "average_payment_volume_per_payment_frequency_term",
            "averagePaymentVolumePerPaymentFrequencyTerm",
            _parse_average_payment_volume_per_payment_frequency_term,
            None,
        ),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    dict_as_received,
    dict_with_absent_fields,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

T = TypeVar("T", bound="AdditionalModuleContractRequest")


@_attrs_define(slots=False, repr=False, eq=False)
class AdditionalModuleContractRequest:
    """
    Attributes:
        additional_module_id (int): Unique ID of the additional module Example: 203.
        payment_frequency_id (int): Unique ID of the payment frequency of the additional module Example: 203.
        book_trial_period (bool): Describes whether a trial period should be booked Example: True.
    """

    additional_module_id: int
    payment_frequency_id: int
    book_trial_period: bool
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
            additional_module_id = self.additional_module_id

            payment_frequency_id = self.payment_frequency_id

            book_trial_period = self.book_trial_period

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "additionalModuleId": additional_module_id,
                    "paymentFrequencyId": payment_frequency_id,
                    "bookTrialPeriod": book_trial_period,
                }
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
        "additionalModuleId",
        "paymentFrequencyId",
        "bookTrialPeriod",
    }
)


def _parse_additional_module_id(d: dict[str, Any]) -> int:
    _source: int = d["additionalModuleId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_payment_frequency_id(d: dict[str, Any]) -> int:
    _source: int = d["paymentFrequencyId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_book_trial_period(d: dict[str, Any]) -> bool:
    _source: bool = d["bookTrialPeriod"]
    if _source.__class__ is bool:
        return _source
    expect_json_scalar(_source, bool)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    AdditionalModuleContractRequest,
    (
        ("additional_module_id", "additionalModuleId", _parse_additional_module_id, int),
        ("payment_frequency_id", "paymentFrequencyId", _parse_payment_frequency_id, int),
        ("book_trial_period", "bookTrialPeriod", _parse_book_trial_period, bool),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

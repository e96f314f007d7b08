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
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.contract_volume import ContractVolume
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency
    from ..models.term import Term


T = TypeVar("T", bound="MembershipOfferTerm")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipOfferTerm:
    """
    Attributes:
        id (int): Unique identifier of the membership offer term Example: 1234567890.
        payment_frequency (MembershipOfferPaymentFrequency): Represents the payment frequency
        term (Term | Unset): Represents a term
        contract_volume_information (ContractVolume | Unset):
        extension_term (Term | Unset): Represents a term
    """

    id: int
    payment_frequency: MembershipOfferPaymentFrequency
    term: Term | Unset = UNSET
    contract_volume_information: ContractVolume | Unset = UNSET
    extension_term: Term | Unset = UNSET
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

            payment_frequency = self.payment_frequency.to_dict()

            term: dict[str, Any] | Unset = UNSET
            if not isinstance(self.term, Unset):
                term = self.term.to_dict()

            contract_volume_information: dict[str, Any] | Unset = UNSET
            if not isinstance(self.contract_volume_information, Unset):
                contract_volume_information = self.contract_volume_information.to_dict()

            extension_term: dict[str, Any] | Unset = UNSET
            if not isinstance(self.extension_term, Unset):
                extension_term = self.extension_term.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "id": id,
                    "paymentFrequency": payment_frequency,
                }
            )
            if term is not UNSET:
                field_dict["term"] = term
            if contract_volume_information is not UNSET:
                field_dict["contractVolumeInformation"] = contract_volume_information
            if extension_term is not UNSET:
                field_dict["extensionTerm"] = extension_term

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
        "paymentFrequency",
        "term",
        "contractVolumeInformation",
        "extensionTerm",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.contract_volume import ContractVolume  # noqa: PLC0415
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency  # noqa: PLC0415
    from ..models.term import Term  # noqa: PLC0415

    globals().update(
        {
            "ContractVolume": ContractVolume,
            "MembershipOfferPaymentFrequency": MembershipOfferPaymentFrequency,
            "Term": Term,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int:
    _source: int = d["id"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_payment_frequency(d: dict[str, Any]) -> MembershipOfferPaymentFrequency:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["paymentFrequency"]
    payment_frequency = MembershipOfferPaymentFrequency.from_dict(_source)

    return payment_frequency


def _parse_term(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("term", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _term = _source
    term: Term | Unset
    if isinstance(_term, Unset):
        term = UNSET
    else:
        term = Term.from_dict(_term)

    return term


def _parse_contract_volume_information(d: dict[str, Any]) -> ContractVolume | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("contractVolumeInformation", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _contract_volume_information = _source
    contract_volume_information: ContractVolume | Unset
    if isinstance(_contract_volume_information, Unset):
        contract_volume_information = UNSET
    else:
        contract_volume_information = ContractVolume.from_dict(_contract_volume_information)

    return contract_volume_information


def _parse_extension_term(d: dict[str, Any]) -> Term | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("extensionTerm", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _extension_term = _source
    extension_term: Term | Unset
    if isinstance(_extension_term, Unset):
        extension_term = UNSET
    else:
        extension_term = Term.from_dict(_extension_term)

    return extension_term


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipOfferTerm,
    (
        ("id", "id", _parse_id, int),
        ("payment_frequency", "paymentFrequency", _parse_payment_frequency, None),
        ("term", "term", _parse_term, None),
        ("contract_volume_information", "contractVolumeInformation", _parse_contract_volume_information, None),
        ("extension_term", "extensionTerm", _parse_extension_term, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

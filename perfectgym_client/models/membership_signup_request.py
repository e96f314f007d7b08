from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
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
    from ..models.membership_signup_contract import MembershipSignupContract
    from ..models.membership_signup_customer import MembershipSignupCustomer


T = TypeVar("T", bound="MembershipSignupRequest")


@_attrs_define(slots=False, repr=False, eq=False)
class MembershipSignupRequest:
    """
    Attributes:
        contract (MembershipSignupContract): The contract information used for the membership signup
        customer (MembershipSignupCustomer): The customer information used for the membership signup
    """

    contract: MembershipSignupContract
    customer: MembershipSignupCustomer
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
            contract = self.contract.to_dict()

            customer = self.customer.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "contract": contract,
                    "customer": customer,
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
        "contract",
        "customer",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.membership_signup_contract import MembershipSignupContract  # noqa: PLC0415
    from ..models.membership_signup_customer import MembershipSignupCustomer  # noqa: PLC0415

    globals().update(
        {
            "MembershipSignupContract": MembershipSignupContract,
            "MembershipSignupCustomer": MembershipSignupCustomer,
        }
    )
    _nested_resolved = True


def _parse_contract(d: dict[str, Any]) -> MembershipSignupContract:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["contract"]
    contract = MembershipSignupContract.from_dict(_source)

    return contract


def _parse_customer(d: dict[str, Any]) -> MembershipSignupCustomer:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["customer"]
    customer = MembershipSignupCustomer.from_dict(_source)

    return customer


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipSignupRequest,
    (
        ("contract", "contract", _parse_contract, None),
        ("customer", "customer", _parse_customer, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

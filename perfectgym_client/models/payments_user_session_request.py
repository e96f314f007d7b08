from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.payments_user_session_request_permitted_payment_choices_item import (
    PaymentsUserSessionRequestPermittedPaymentChoicesItem,
)
from ..models.payments_user_session_request_scope import PaymentsUserSessionRequestScope
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_array,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

T = TypeVar("T", bound="PaymentsUserSessionRequest")


@_attrs_define(slots=False, repr=False, eq=False)
class PaymentsUserSessionRequest:
    """
    Attributes:
        amount (float): Amount in the studio currency; 0 only captures a payment instrument for later payments Example:
            19.99.
        scope (PaymentsUserSessionRequestScope):
        reference_text (str): Allows the definition of the reference text shown on the bank statement of the customer
            Example: Gym Joining Fee 01.07.2025.
        customer_id (int | Unset): ID of an existing customer; mutually exclusive with finionPayCustomerId Example:
            1234567890.
        finion_pay_customer_id (UUID | Unset): Payment-service ID of a customer not yet registered; mutually exclusive
            with customerId Example: 753ea8ec-c2ec-4761-824b-bc46eda3f644.
        permitted_payment_choices (list[PaymentsUserSessionRequestPermittedPaymentChoicesItem] | Unset): Restricts the
            payment methods offered for the scope
        require_direct_debit_signature (bool | Unset):
        show_existing_payment_instruments (bool | Unset): When set to true the UPC component will also fetch the user's
            existing payment instruments Example: True.
    """

    amount: float
    scope: PaymentsUserSessionRequestScope
    reference_text: str
    customer_id: int | Unset = UNSET
    finion_pay_customer_id: UUID | Unset = UNSET
    permitted_payment_choices: list[PaymentsUserSessionRequestPermittedPaymentChoicesItem] | Unset = UNSET
    require_direct_debit_signature: bool | Unset = UNSET
    show_existing_payment_instruments: bool | Unset = UNSET
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
            amount = self.amount

            scope = self.scope.value

            reference_text = self.reference_text

            customer_id = self.customer_id

            finion_pay_customer_id: str | Unset = UNSET
            if not isinstance(self.finion_pay_customer_id, Unset):
                finion_pay_customer_id = str(self.finion_pay_customer_id)

            permitted_payment_choices: list[str] | Unset = UNSET
            if not isinstance(self.permitted_payment_choices, Unset):
                permitted_payment_choices = []
                for permitted_payment_choices_item_data in self.permitted_payment_choices:
                    permitted_payment_choices_item = permitted_payment_choices_item_data.value
                    permitted_payment_choices.append(permitted_payment_choices_item)

            require_direct_debit_signature = self.require_direct_debit_signature

            show_existing_payment_instruments = self.show_existing_payment_instruments

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "amount": amount,
                    "scope": scope,
                    "referenceText": reference_text,
                }
            )
            if customer_id is not UNSET:
                field_dict["customerId"] = customer_id
            if finion_pay_customer_id is not UNSET:
                field_dict["finionPayCustomerId"] = finion_pay_customer_id
            if permitted_payment_choices is not UNSET:
                field_dict["permittedPaymentChoices"] = permitted_payment_choices
            if require_direct_debit_signature is not UNSET:
                field_dict["requireDirectDebitSignature"] = require_direct_debit_signature
            if show_existing_payment_instruments is not UNSET:
                field_dict["showExistingPaymentInstruments"] = show_existing_payment_instruments

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
        "amount",
        "scope",
        "referenceText",
        "customerId",
        "finionPayCustomerId",
        "permittedPaymentChoices",
        "requireDirectDebitSignature",
        "showExistingPaymentInstruments",
    }
)
_PaymentsUserSessionRequestScope_BY_VALUE = enum_members(PaymentsUserSessionRequestScope)


def _parse_amount(d: dict[str, Any]) -> float:
    _source: float = d["amount"]
    if _source.__class__ is float:
        return _source
    expect_json_scalar(_source, float)
    return _source


def _parse_scope(d: dict[str, Any]) -> PaymentsUserSessionRequestScope:
    _source = d["scope"]
    try:
        return _PaymentsUserSessionRequestScope_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return PaymentsUserSessionRequestScope(_source)


def _parse_reference_text(d: dict[str, Any]) -> str:
    _source: str = d["referenceText"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_customer_id(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("customerId", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_finion_pay_customer_id(d: dict[str, Any]) -> UUID | Unset:
    _source = d.get("finionPayCustomerId", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _finion_pay_customer_id = _source
    finion_pay_customer_id: UUID | Unset
    if isinstance(_finion_pay_customer_id, Unset):
        finion_pay_customer_id = UNSET
    else:
        finion_pay_customer_id = UUID(_finion_pay_customer_id)

    return finion_pay_customer_id


def _parse_permitted_payment_choices(
    d: dict[str, Any],
) -> list[PaymentsUserSessionRequestPermittedPaymentChoicesItem] | Unset:
    _source = d.get("permittedPaymentChoices", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _permitted_payment_choices = _source
    permitted_payment_choices: list[PaymentsUserSessionRequestPermittedPaymentChoicesItem] | Unset = UNSET
    if _permitted_payment_choices is not UNSET:
        permitted_payment_choices = []
        for permitted_payment_choices_item_data in _permitted_payment_choices:
            permitted_payment_choices_item = PaymentsUserSessionRequestPermittedPaymentChoicesItem(
                permitted_payment_choices_item_data
            )

            permitted_payment_choices.append(permitted_payment_choices_item)

    return permitted_payment_choices


def _parse_require_direct_debit_signature(d: dict[str, Any]) -> bool | Unset:
    _source: bool | Unset = d.get("requireDirectDebitSignature", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_show_existing_payment_instruments(d: dict[str, Any]) -> bool | Unset:
    _source: bool | Unset = d.get("showExistingPaymentInstruments", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    PaymentsUserSessionRequest,
    (
        ("amount", "amount", _parse_amount, float),
        ("scope", "scope", _parse_scope, None),
        ("reference_text", "referenceText", _parse_reference_text, str),
        ("customer_id", "customerId", _parse_customer_id, int),
        ("finion_pay_customer_id", "finionPayCustomerId", _parse_finion_pay_customer_id, None),
        ("permitted_payment_choices", "permittedPaymentChoices", _parse_permitted_payment_choices, None),
        ("require_direct_debit_signature", "requireDirectDebitSignature", _parse_require_direct_debit_signature, bool),
        (
            "show_existing_payment_instruments",
            "showExistingPaymentInstruments",
            _parse_show_existing_payment_instruments,
            bool,
        ),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

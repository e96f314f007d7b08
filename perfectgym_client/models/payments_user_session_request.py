from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payments_user_session_request_permitted_payment_choices_item import (
    PaymentsUserSessionRequestPermittedPaymentChoicesItem,
)
from ..models.payments_user_session_request_scope import PaymentsUserSessionRequestScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentsUserSessionRequest")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "customerId",
        "finionPayCustomerId",
        "permittedPaymentChoices",
        "requireDirectDebitSignature",
        "showExistingPaymentInstruments",
    }
)


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        amount = d.pop("amount")

        scope = PaymentsUserSessionRequestScope(d.pop("scope"))

        reference_text = d.pop("referenceText")

        customer_id = d.pop("customerId", UNSET)

        _finion_pay_customer_id = d.pop("finionPayCustomerId", UNSET)
        finion_pay_customer_id: UUID | Unset
        if isinstance(_finion_pay_customer_id, Unset):
            finion_pay_customer_id = UNSET
        else:
            finion_pay_customer_id = UUID(_finion_pay_customer_id)

        _permitted_payment_choices = d.pop("permittedPaymentChoices", UNSET)
        permitted_payment_choices: list[PaymentsUserSessionRequestPermittedPaymentChoicesItem] | Unset = UNSET
        if _permitted_payment_choices is not UNSET:
            permitted_payment_choices = []
            for permitted_payment_choices_item_data in _permitted_payment_choices:
                permitted_payment_choices_item = PaymentsUserSessionRequestPermittedPaymentChoicesItem(
                    permitted_payment_choices_item_data
                )

                permitted_payment_choices.append(permitted_payment_choices_item)

        require_direct_debit_signature = d.pop("requireDirectDebitSignature", UNSET)

        show_existing_payment_instruments = d.pop("showExistingPaymentInstruments", UNSET)

        _obj = cls(
            amount=amount,
            scope=scope,
            reference_text=reference_text,
            customer_id=customer_id,
            finion_pay_customer_id=finion_pay_customer_id,
            permitted_payment_choices=permitted_payment_choices,
            require_direct_debit_signature=require_direct_debit_signature,
            show_existing_payment_instruments=show_existing_payment_instruments,
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

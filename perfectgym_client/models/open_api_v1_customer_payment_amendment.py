from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signature import Signature


T = TypeVar("T", bound="OpenApiV1CustomerPaymentAmendment")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "signature",
    }
)


@_attrs_define
class OpenApiV1CustomerPaymentAmendment:
    """
    Attributes:
        account_holder (str): The account holder of the bank account Example: Sven Hannawald.
        bank_name (str): Name of the bank Example: Deutsche Bank.
        iban (str): Iban of the clients account Example: DE91 1000 0000 0123 4567 89.
        bic (str): Bic of the clients account Example: DEUTDEFFXXX.
        signature (Signature | Unset): Representing customer signature
    """

    account_holder: str
    bank_name: str
    iban: str
    bic: str
    signature: Signature | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_holder = self.account_holder

        bank_name = self.bank_name

        iban = self.iban

        bic = self.bic

        signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signature, Unset):
            signature = self.signature.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountHolder": account_holder,
                "bankName": bank_name,
                "iban": iban,
                "bic": bic,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signature import Signature  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        account_holder = d.pop("accountHolder")

        bank_name = d.pop("bankName")

        iban = d.pop("iban")

        bic = d.pop("bic")

        _signature = d.pop("signature", UNSET)
        signature: Signature | Unset
        if isinstance(_signature, Unset):
            signature = UNSET
        else:
            signature = Signature.from_dict(_signature)

        _obj = cls(
            account_holder=account_holder,
            bank_name=bank_name,
            iban=iban,
            bic=bic,
            signature=signature,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "id",
        "accountHolder",
        "bankName",
        "iban",
        "bic",
        "requireSignature",
    }
)


@_attrs_define
class OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData:
    """Pending amendment

    Attributes:
        id (int | Unset): Amendment proposal id
        account_holder (str | Unset): The account holder of the bank account Example: Sven Hannawald.
        bank_name (str | Unset): Name of the bank Example: Deutsche Bank.
        iban (str | Unset): Iban of the clients account Example: DE91 1000 0000 0123 4567 89.
        bic (str | Unset): Bic of the clients account Example: DEUTDEFFXXX.
        require_signature (bool | Unset): Is customer signature required to make amendment Example: True.
    """

    id: int | Unset = UNSET
    account_holder: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    iban: str | Unset = UNSET
    bic: str | Unset = UNSET
    require_signature: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_holder = self.account_holder

        bank_name = self.bank_name

        iban = self.iban

        bic = self.bic

        require_signature = self.require_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_holder is not UNSET:
            field_dict["accountHolder"] = account_holder
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic is not UNSET:
            field_dict["bic"] = bic
        if require_signature is not UNSET:
            field_dict["requireSignature"] = require_signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id", UNSET)

        account_holder = d.pop("accountHolder", UNSET)

        bank_name = d.pop("bankName", UNSET)

        iban = d.pop("iban", UNSET)

        bic = d.pop("bic", UNSET)

        require_signature = d.pop("requireSignature", UNSET)

        _obj = cls(
            id=id,
            account_holder=account_holder,
            bank_name=bank_name,
            iban=iban,
            bic=bic,
            require_signature=require_signature,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_api_v1_customer_data_dto_customer_payment_data_amendment_configuration_status import (
    OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_payment_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData,
    )


T = TypeVar("T", bound="OpenApiV1CustomerDataDtoCustomerPaymentData")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "accountHolder",
        "bankName",
        "iban",
        "bic",
        "requireSignature",
        "pendingAmendment",
    }
)


@_attrs_define
class OpenApiV1CustomerDataDtoCustomerPaymentData:
    """
    Attributes:
        amendment_configuration_status (OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus): Status
            of the amendment configuration
        account_holder (str | Unset): The account holder of the bank account Example: Sven Hannawald.
        bank_name (str | Unset): Name of the bank Example: Deutsche Bank.
        iban (str | Unset): Iban of the clients account Example: DE91 1000 0000 0123 4567 89.
        bic (str | Unset): Bic of the clients account Example: DEUTDEFFXXX.
        require_signature (bool | Unset): Is customer signature required to make amendment Example: True.
        pending_amendment (OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData | Unset): Pending amendment
    """

    amendment_configuration_status: OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus
    account_holder: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    iban: str | Unset = UNSET
    bic: str | Unset = UNSET
    require_signature: bool | Unset = UNSET
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amendment_configuration_status = self.amendment_configuration_status.value

        account_holder = self.account_holder

        bank_name = self.bank_name

        iban = self.iban

        bic = self.bic

        require_signature = self.require_signature

        pending_amendment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_amendment, Unset):
            pending_amendment = self.pending_amendment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amendmentConfigurationStatus": amendment_configuration_status,
            }
        )
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
        if pending_amendment is not UNSET:
            field_dict["pendingAmendment"] = pending_amendment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_payment_data import (
            OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        amendment_configuration_status = OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus(
            d.pop("amendmentConfigurationStatus")
        )

        account_holder = d.pop("accountHolder", UNSET)

        bank_name = d.pop("bankName", UNSET)

        iban = d.pop("iban", UNSET)

        bic = d.pop("bic", UNSET)

        require_signature = d.pop("requireSignature", UNSET)

        _pending_amendment = d.pop("pendingAmendment", UNSET)
        pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData | Unset
        if isinstance(_pending_amendment, Unset):
            pending_amendment = UNSET
        else:
            pending_amendment = OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData.from_dict(
                _pending_amendment
            )

        _obj = cls(
            amendment_configuration_status=amendment_configuration_status,
            account_holder=account_holder,
            bank_name=bank_name,
            iban=iban,
            bic=bic,
            require_signature=require_signature,
            pending_amendment=pending_amendment,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.open_api_v1_customer_data_dto_customer_payment_data_amendment_configuration_status import (
    OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus,
)
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_payment_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData,
    )


T = TypeVar("T", bound="OpenApiV1CustomerDataDtoCustomerPaymentData")


@_attrs_define(slots=False, repr=False, eq=False)
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "amendmentConfigurationStatus",
        "accountHolder",
        "bankName",
        "iban",
        "bic",
        "requireSignature",
        "pendingAmendment",
    }
)
_OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus_BY_VALUE = enum_members(
    OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_payment_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData,  # noqa: PLC0415
    )

    globals().update(
        {
            "OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData": OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData,
        }
    )
    _nested_resolved = True


def _parse_amendment_configuration_status(
    d: dict[str, Any],
) -> OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus:
    _source = d["amendmentConfigurationStatus"]
    try:
        return _OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1CustomerDataDtoCustomerPaymentDataAmendmentConfigurationStatus(_source)


def _parse_account_holder(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("accountHolder", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_bank_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("bankName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_iban(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("iban", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_bic(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("bic", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_require_signature(d: dict[str, Any]) -> bool | Unset:
    _source: bool | Unset = d.get("requireSignature", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_pending_amendment(d: dict[str, Any]) -> OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("pendingAmendment", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _pending_amendment = _source
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData | Unset
    if isinstance(_pending_amendment, Unset):
        pending_amendment = UNSET
    else:
        pending_amendment = OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData.from_dict(_pending_amendment)

    return pending_amendment


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    OpenApiV1CustomerDataDtoCustomerPaymentData,
    (
        ("amendment_configuration_status", "amendmentConfigurationStatus", _parse_amendment_configuration_status, None),
        ("account_holder", "accountHolder", _parse_account_holder, str),
        ("bank_name", "bankName", _parse_bank_name, str),
        ("iban", "iban", _parse_iban, str),
        ("bic", "bic", _parse_bic, str),
        ("require_signature", "requireSignature", _parse_require_signature, bool),
        ("pending_amendment", "pendingAmendment", _parse_pending_amendment, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.open_api_v1_customer_data_dto_customer_contact_data_amendment_configuration_status import (
    OpenApiV1CustomerDataDtoCustomerContactDataAmendmentConfigurationStatus,
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
    from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_contact_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData,
    )


T = TypeVar("T", bound="OpenApiV1CustomerDataDtoCustomerContactData")


@_attrs_define(slots=False, repr=False, eq=False)
class OpenApiV1CustomerDataDtoCustomerContactData:
    """
    Attributes:
        amendment_configuration_status (OpenApiV1CustomerDataDtoCustomerContactDataAmendmentConfigurationStatus): Status
            of the amendment configuration
        email (str | Unset): Email address of the customer Example: email@example.com.
        phone_private (str | Unset): Private phone number of the customer Example: +49 00000000.
        phone_private_mobile (str | Unset): Private mobile phone number of the customer Example: +49 00000000000.
        phone_business (str | Unset): Business phone number of the customer Example: +49 00000000.
        phone_business_mobile (str | Unset): Business mobile phone number of the customer Example: +49 00000000000.
        pending_amendment (OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData | Unset): Pending amendment
    """

    amendment_configuration_status: OpenApiV1CustomerDataDtoCustomerContactDataAmendmentConfigurationStatus
    email: str | Unset = UNSET
    phone_private: str | Unset = UNSET
    phone_private_mobile: str | Unset = UNSET
    phone_business: str | Unset = UNSET
    phone_business_mobile: str | Unset = UNSET
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData | Unset = UNSET
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

            email = self.email

            phone_private = self.phone_private

            phone_private_mobile = self.phone_private_mobile

            phone_business = self.phone_business

            phone_business_mobile = self.phone_business_mobile

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
            if email is not UNSET:
                field_dict["email"] = email
            if phone_private is not UNSET:
                field_dict["phonePrivate"] = phone_private
            if phone_private_mobile is not UNSET:
                field_dict["phonePrivateMobile"] = phone_private_mobile
            if phone_business is not UNSET:
                field_dict["phoneBusiness"] = phone_business
            if phone_business_mobile is not UNSET:
                field_dict["phoneBusinessMobile"] = phone_business_mobile
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
        "email",
        "phonePrivate",
        "phonePrivateMobile",
        "phoneBusiness",
        "phoneBusinessMobile",
        "pendingAmendment",
    }
)
_OpenApiV1CustomerDataDtoCustomerContactDataAmendmentConfigurationStatus_BY_VALUE = enum_members(
    OpenApiV1CustomerDataDtoCustomerContactDataAmendmentConfigurationStatus
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_contact_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData,  # noqa: PLC0415
    )

    globals().update(
        {
            "OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData": OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData,
        }
    )
    _nested_resolved = True


def _parse_amendment_configuration_status(
    d: dict[str, Any],
) -> OpenApiV1CustomerDataDtoCustomerContactDataAmendmentConfigurationStatus:
    _source = d["amendmentConfigurationStatus"]
    try:
        return _OpenApiV1CustomerDataDtoCustomerContactDataAmendmentConfigurationStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1CustomerDataDtoCustomerContactDataAmendmentConfigurationStatus(_source)


def _parse_email(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("email", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_phone_private(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phonePrivate", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_phone_private_mobile(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phonePrivateMobile", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_phone_business(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phoneBusiness", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_phone_business_mobile(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("phoneBusinessMobile", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_pending_amendment(d: dict[str, Any]) -> OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("pendingAmendment", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _pending_amendment = _source
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData | Unset
    if isinstance(_pending_amendment, Unset):
        pending_amendment = UNSET
    else:
        pending_amendment = OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData.from_dict(_pending_amendment)

    return pending_amendment


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    OpenApiV1CustomerDataDtoCustomerContactData,
    (
        ("amendment_configuration_status", "amendmentConfigurationStatus", _parse_amendment_configuration_status, None),
        ("email", "email", _parse_email, str),
        ("phone_private", "phonePrivate", _parse_phone_private, str),
        ("phone_private_mobile", "phonePrivateMobile", _parse_phone_private_mobile, str),
        ("phone_business", "phoneBusiness", _parse_phone_business, str),
        ("phone_business_mobile", "phoneBusinessMobile", _parse_phone_business_mobile, str),
        ("pending_amendment", "pendingAmendment", _parse_pending_amendment, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.open_api_v1_customer_data_dto_customer_master_data_amendment_configuration_status import (
    OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus,
)
from ..models.open_api_v1_customer_data_dto_customer_master_data_customer_title import (
    OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle,
)
from ..models.open_api_v1_customer_data_dto_customer_master_data_gender import (
    OpenApiV1CustomerDataDtoCustomerMasterDataGender,
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
    from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_master_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData,
    )


T = TypeVar("T", bound="OpenApiV1CustomerDataDtoCustomerMasterData")


@_attrs_define(slots=False, repr=False, eq=False)
class OpenApiV1CustomerDataDtoCustomerMasterData:
    """
    Attributes:
        first_name (str): First name of the customer Example: Edgar.
        last_name (str): Surname of the customer Example: Bullock.
        gender (OpenApiV1CustomerDataDtoCustomerMasterDataGender): Gender of the customer
        date_of_birth (datetime.date): Birthday of the customer Example: 1952-05-04.
        customer_title (OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle): Title of the customer
        amendment_configuration_status (OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus): Status
            of the amendment configuration
        country_of_birth (str | Unset): Birth country of the customer Example: DE.
        pending_amendment (OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData | Unset): Pending amendment
    """

    first_name: str
    last_name: str
    gender: OpenApiV1CustomerDataDtoCustomerMasterDataGender
    date_of_birth: datetime.date
    customer_title: OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle
    amendment_configuration_status: OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus
    country_of_birth: str | Unset = UNSET
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData | Unset = UNSET
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
            first_name = self.first_name

            last_name = self.last_name

            gender = self.gender.value

            date_of_birth = self.date_of_birth.isoformat()

            customer_title = self.customer_title.value

            amendment_configuration_status = self.amendment_configuration_status.value

            country_of_birth = self.country_of_birth

            pending_amendment: dict[str, Any] | Unset = UNSET
            if not isinstance(self.pending_amendment, Unset):
                pending_amendment = self.pending_amendment.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "firstName": first_name,
                    "lastName": last_name,
                    "gender": gender,
                    "dateOfBirth": date_of_birth,
                    "customerTitle": customer_title,
                    "amendmentConfigurationStatus": amendment_configuration_status,
                }
            )
            if country_of_birth is not UNSET:
                field_dict["countryOfBirth"] = country_of_birth
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
        "firstName",
        "lastName",
        "gender",
        "dateOfBirth",
        "customerTitle",
        "amendmentConfigurationStatus",
        "countryOfBirth",
        "pendingAmendment",
    }
)
_OpenApiV1CustomerDataDtoCustomerMasterDataGender_BY_VALUE = enum_members(
    OpenApiV1CustomerDataDtoCustomerMasterDataGender
)
_OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle_BY_VALUE = enum_members(
    OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle
)
_OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus_BY_VALUE = enum_members(
    OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_master_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData,  # noqa: PLC0415
    )

    globals().update(
        {
            "OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData": OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData,
        }
    )
    _nested_resolved = True


def _parse_first_name(d: dict[str, Any]) -> str:
    _source: str = d["firstName"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_last_name(d: dict[str, Any]) -> str:
    _source: str = d["lastName"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_gender(d: dict[str, Any]) -> OpenApiV1CustomerDataDtoCustomerMasterDataGender:
    _source = d["gender"]
    try:
        return _OpenApiV1CustomerDataDtoCustomerMasterDataGender_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1CustomerDataDtoCustomerMasterDataGender(_source)


def _parse_date_of_birth(d: dict[str, Any]) -> datetime.date:
    _source = d["dateOfBirth"]
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    date_of_birth = datetime.date.fromisoformat(_source)

    return date_of_birth


def _parse_customer_title(d: dict[str, Any]) -> OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle:
    _source = d["customerTitle"]
    try:
        return _OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle(_source)


def _parse_amendment_configuration_status(
    d: dict[str, Any],
) -> OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus:
    _source = d["amendmentConfigurationStatus"]
    try:
        return _OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus(_source)


def _parse_country_of_birth(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("countryOfBirth", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_pending_amendment(d: dict[str, Any]) -> OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("pendingAmendment", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _pending_amendment = _source
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData | Unset
    if isinstance(_pending_amendment, Unset):
        pending_amendment = UNSET
    else:
        pending_amendment = OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData.from_dict(_pending_amendment)

    return pending_amendment


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    OpenApiV1CustomerDataDtoCustomerMasterData,
    (
        ("first_name", "firstName", _parse_first_name, str),
        ("last_name", "lastName", _parse_last_name, str),
        ("gender", "gender", _parse_gender, None),
        ("date_of_birth", "dateOfBirth", _parse_date_of_birth, None),
        ("customer_title", "customerTitle", _parse_customer_title, None),
        ("amendment_configuration_status", "amendmentConfigurationStatus", _parse_amendment_configuration_status, None),
        ("country_of_birth", "countryOfBirth", _parse_country_of_birth, str),
        ("pending_amendment", "pendingAmendment", _parse_pending_amendment, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_api_v1_customer_data_dto_customer_master_data_amendment_configuration_status import (
    OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus,
)
from ..models.open_api_v1_customer_data_dto_customer_master_data_customer_title import (
    OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle,
)
from ..models.open_api_v1_customer_data_dto_customer_master_data_gender import (
    OpenApiV1CustomerDataDtoCustomerMasterDataGender,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_master_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData,
    )


T = TypeVar("T", bound="OpenApiV1CustomerDataDtoCustomerMasterData")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "countryOfBirth",
        "pendingAmendment",
    }
)


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_master_data import (
            OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        gender = OpenApiV1CustomerDataDtoCustomerMasterDataGender(d.pop("gender"))

        date_of_birth = datetime.date.fromisoformat(d.pop("dateOfBirth"))

        customer_title = OpenApiV1CustomerDataDtoCustomerMasterDataCustomerTitle(d.pop("customerTitle"))

        amendment_configuration_status = OpenApiV1CustomerDataDtoCustomerMasterDataAmendmentConfigurationStatus(
            d.pop("amendmentConfigurationStatus")
        )

        country_of_birth = d.pop("countryOfBirth", UNSET)

        _pending_amendment = d.pop("pendingAmendment", UNSET)
        pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData | Unset
        if isinstance(_pending_amendment, Unset):
            pending_amendment = UNSET
        else:
            pending_amendment = OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData.from_dict(_pending_amendment)

        _obj = cls(
            first_name=first_name,
            last_name=last_name,
            gender=gender,
            date_of_birth=date_of_birth,
            customer_title=customer_title,
            amendment_configuration_status=amendment_configuration_status,
            country_of_birth=country_of_birth,
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

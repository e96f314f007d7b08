from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_api_v1_customer_data_dto_customer_address_data_amendment_configuration_status import (
    OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_address_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData,
    )


T = TypeVar("T", bound="OpenApiV1CustomerDataDtoCustomerAddressData")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "houseNumber",
        "province",
        "provinceCode",
        "secondStreet",
        "cityPart",
        "district",
        "streetType",
        "streetBlock",
        "portal",
        "stairway",
        "door",
        "additionalAddressInformation",
        "floor",
        "buildingName",
        "pendingAmendment",
    }
)


@_attrs_define
class OpenApiV1CustomerDataDtoCustomerAddressData:
    """
    Attributes:
        street (str): Street of the customer Example: Am Bahnhof.
        zip_code (str): Zip code of the customer Example: 12133.
        city (str): City of the customer Example: Munich.
        country_code (str): Country of the customer Example: DE.
        amendment_configuration_status (OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus): Status
            of the amendment configuration
        house_number (str | Unset): Number of the customer's house Example: 90.
        province (str | Unset): Province for southern Europe/US countries Example: Madrid/California.
        province_code (str | Unset): Province code for southern Europe/US countries Example: MD/CA.
        second_street (str | Unset): Second street line of the customer's address Example: Second Street.
        city_part (str | Unset): City part of the customer's address Example: Tegel.
        district (str | Unset): District of the customer's address Example: District 12.
        street_type (str | Unset): Street type of the customer's address Example: Avenue.
        street_block (str | Unset): Street block of the customer's address Example: 5th block.
        portal (str | Unset): Portal of the customer's address Example: Portal 1.
        stairway (str | Unset): Stairway of the customer's address Example: Right stairway.
        door (str | Unset): Door of the customer's address Example: Door 1.
        additional_address_information (str | Unset): Additional address information of the customer's address Example:
            Additional information.
        floor (str | Unset): Floor of the customer's address Example: 2nd floor.
        building_name (str | Unset): Building name Example: Empire State Building.
        pending_amendment (OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData | Unset): Pending amendment
    """

    street: str
    zip_code: str
    city: str
    country_code: str
    amendment_configuration_status: OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus
    house_number: str | Unset = UNSET
    province: str | Unset = UNSET
    province_code: str | Unset = UNSET
    second_street: str | Unset = UNSET
    city_part: str | Unset = UNSET
    district: str | Unset = UNSET
    street_type: str | Unset = UNSET
    street_block: str | Unset = UNSET
    portal: str | Unset = UNSET
    stairway: str | Unset = UNSET
    door: str | Unset = UNSET
    additional_address_information: str | Unset = UNSET
    floor: str | Unset = UNSET
    building_name: str | Unset = UNSET
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        zip_code = self.zip_code

        city = self.city

        country_code = self.country_code

        amendment_configuration_status = self.amendment_configuration_status.value

        house_number = self.house_number

        province = self.province

        province_code = self.province_code

        second_street = self.second_street

        city_part = self.city_part

        district = self.district

        street_type = self.street_type

        street_block = self.street_block

        portal = self.portal

        stairway = self.stairway

        door = self.door

        additional_address_information = self.additional_address_information

        floor = self.floor

        building_name = self.building_name

        pending_amendment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_amendment, Unset):
            pending_amendment = self.pending_amendment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "street": street,
                "zipCode": zip_code,
                "city": city,
                "countryCode": country_code,
                "amendmentConfigurationStatus": amendment_configuration_status,
            }
        )
        if house_number is not UNSET:
            field_dict["houseNumber"] = house_number
        if province is not UNSET:
            field_dict["province"] = province
        if province_code is not UNSET:
            field_dict["provinceCode"] = province_code
        if second_street is not UNSET:
            field_dict["secondStreet"] = second_street
        if city_part is not UNSET:
            field_dict["cityPart"] = city_part
        if district is not UNSET:
            field_dict["district"] = district
        if street_type is not UNSET:
            field_dict["streetType"] = street_type
        if street_block is not UNSET:
            field_dict["streetBlock"] = street_block
        if portal is not UNSET:
            field_dict["portal"] = portal
        if stairway is not UNSET:
            field_dict["stairway"] = stairway
        if door is not UNSET:
            field_dict["door"] = door
        if additional_address_information is not UNSET:
            field_dict["additionalAddressInformation"] = additional_address_information
        if floor is not UNSET:
            field_dict["floor"] = floor
        if building_name is not UNSET:
            field_dict["buildingName"] = building_name
        if pending_amendment is not UNSET:
            field_dict["pendingAmendment"] = pending_amendment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_address_data import (
            OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        street = d.pop("street")

        zip_code = d.pop("zipCode")

        city = d.pop("city")

        country_code = d.pop("countryCode")

        amendment_configuration_status = OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus(
            d.pop("amendmentConfigurationStatus")
        )

        house_number = d.pop("houseNumber", UNSET)

        province = d.pop("province", UNSET)

        province_code = d.pop("provinceCode", UNSET)

        second_street = d.pop("secondStreet", UNSET)

        city_part = d.pop("cityPart", UNSET)

        district = d.pop("district", UNSET)

        street_type = d.pop("streetType", UNSET)

        street_block = d.pop("streetBlock", UNSET)

        portal = d.pop("portal", UNSET)

        stairway = d.pop("stairway", UNSET)

        door = d.pop("door", UNSET)

        additional_address_information = d.pop("additionalAddressInformation", UNSET)

        floor = d.pop("floor", UNSET)

        building_name = d.pop("buildingName", UNSET)

        _pending_amendment = d.pop("pendingAmendment", UNSET)
        pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData | Unset
        if isinstance(_pending_amendment, Unset):
            pending_amendment = UNSET
        else:
            pending_amendment = OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData.from_dict(
                _pending_amendment
            )

        _obj = cls(
            street=street,
            zip_code=zip_code,
            city=city,
            country_code=country_code,
            amendment_configuration_status=amendment_configuration_status,
            house_number=house_number,
            province=province,
            province_code=province_code,
            second_street=second_street,
            city_part=city_part,
            district=district,
            street_type=street_type,
            street_block=street_block,
            portal=portal,
            stairway=stairway,
            door=door,
            additional_address_information=additional_address_information,
            floor=floor,
            building_name=building_name,
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

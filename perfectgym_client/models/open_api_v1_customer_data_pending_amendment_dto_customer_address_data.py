from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "id",
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
    }
)


@_attrs_define
class OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData:
    """Pending amendment

    Attributes:
        street (str): Street of the customer Example: Am Bahnhof.
        zip_code (str): Zip code of the customer Example: 12133.
        city (str): City of the customer Example: Munich.
        country_code (str): Country of the customer Example: DE.
        id (int | Unset): Amendment proposal id
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
    """

    street: str
    zip_code: str
    city: str
    country_code: str
    id: int | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        zip_code = self.zip_code

        city = self.city

        country_code = self.country_code

        id = self.id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "street": street,
                "zipCode": zip_code,
                "city": city,
                "countryCode": country_code,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        street = d.pop("street")

        zip_code = d.pop("zipCode")

        city = d.pop("city")

        country_code = d.pop("countryCode")

        id = d.pop("id", UNSET)

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

        _obj = cls(
            street=street,
            zip_code=zip_code,
            city=city,
            country_code=country_code,
            id=id,
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

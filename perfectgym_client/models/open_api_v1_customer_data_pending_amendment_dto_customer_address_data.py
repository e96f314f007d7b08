from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

T = TypeVar("T", bound="OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData")


@_attrs_define(slots=False, repr=False, eq=False)
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
        """Build from API JSON. Fields are parsed when first read; a missing required one fails then."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _obj.__dict__["_lazy_source"] = d
        return _obj

    if not TYPE_CHECKING:  # ours: invisible to type checkers, so misspelt attributes stay errors

        def __getattr__(self, name: str) -> Any:
            try:
                source = self.__dict__["_lazy_source"]
                wire_name, parse = _LAZY_FIELDS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = parse_lazy_field(type(self).__name__, name, wire_name, parse, source)
            self.__dict__[name] = value
            return value

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
        "street",
        "zipCode",
        "city",
        "countryCode",
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


def _parse_street(d: dict[str, Any]) -> str:
    _source = d["street"]
    expect_json_scalar(_source, str)
    street: str = _source
    return street


def _parse_zip_code(d: dict[str, Any]) -> str:
    _source = d["zipCode"]
    expect_json_scalar(_source, str)
    zip_code: str = _source
    return zip_code


def _parse_city(d: dict[str, Any]) -> str:
    _source = d["city"]
    expect_json_scalar(_source, str)
    city: str = _source
    return city


def _parse_country_code(d: dict[str, Any]) -> str:
    _source = d["countryCode"]
    expect_json_scalar(_source, str)
    country_code: str = _source
    return country_code


def _parse_id(d: dict[str, Any]) -> int | Unset:
    _source = d.get("id", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, int)
    id: int | Unset = _source
    return id


def _parse_house_number(d: dict[str, Any]) -> str | Unset:
    _source = d.get("houseNumber", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    house_number: str | Unset = _source
    return house_number


def _parse_province(d: dict[str, Any]) -> str | Unset:
    _source = d.get("province", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    province: str | Unset = _source
    return province


def _parse_province_code(d: dict[str, Any]) -> str | Unset:
    _source = d.get("provinceCode", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    province_code: str | Unset = _source
    return province_code


def _parse_second_street(d: dict[str, Any]) -> str | Unset:
    _source = d.get("secondStreet", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    second_street: str | Unset = _source
    return second_street


def _parse_city_part(d: dict[str, Any]) -> str | Unset:
    _source = d.get("cityPart", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    city_part: str | Unset = _source
    return city_part


def _parse_district(d: dict[str, Any]) -> str | Unset:
    _source = d.get("district", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    district: str | Unset = _source
    return district


def _parse_street_type(d: dict[str, Any]) -> str | Unset:
    _source = d.get("streetType", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    street_type: str | Unset = _source
    return street_type


def _parse_street_block(d: dict[str, Any]) -> str | Unset:
    _source = d.get("streetBlock", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    street_block: str | Unset = _source
    return street_block


def _parse_portal(d: dict[str, Any]) -> str | Unset:
    _source = d.get("portal", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    portal: str | Unset = _source
    return portal


def _parse_stairway(d: dict[str, Any]) -> str | Unset:
    _source = d.get("stairway", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    stairway: str | Unset = _source
    return stairway


def _parse_door(d: dict[str, Any]) -> str | Unset:
    _source = d.get("door", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    door: str | Unset = _source
    return door


def _parse_additional_address_information(d: dict[str, Any]) -> str | Unset:
    _source = d.get("additionalAddressInformation", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    additional_address_information: str | Unset = _source
    return additional_address_information


def _parse_floor(d: dict[str, Any]) -> str | Unset:
    _source = d.get("floor", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    floor: str | Unset = _source
    return floor


def _parse_building_name(d: dict[str, Any]) -> str | Unset:
    _source = d.get("buildingName", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    building_name: str | Unset = _source
    return building_name


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "street": ("street", _parse_street),
    "zip_code": ("zipCode", _parse_zip_code),
    "city": ("city", _parse_city),
    "country_code": ("countryCode", _parse_country_code),
    "id": ("id", _parse_id),
    "house_number": ("houseNumber", _parse_house_number),
    "province": ("province", _parse_province),
    "province_code": ("provinceCode", _parse_province_code),
    "second_street": ("secondStreet", _parse_second_street),
    "city_part": ("cityPart", _parse_city_part),
    "district": ("district", _parse_district),
    "street_type": ("streetType", _parse_street_type),
    "street_block": ("streetBlock", _parse_street_block),
    "portal": ("portal", _parse_portal),
    "stairway": ("stairway", _parse_stairway),
    "door": ("door", _parse_door),
    "additional_address_information": ("additionalAddressInformation", _parse_additional_address_information),
    "floor": ("floor", _parse_floor),
    "building_name": ("buildingName", _parse_building_name),
    "additional_properties": ("*", _parse_additional_properties),
}

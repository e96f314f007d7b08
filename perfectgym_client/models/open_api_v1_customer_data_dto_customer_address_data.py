from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.open_api_v1_customer_data_dto_customer_address_data_amendment_configuration_status import (
    OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus,
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
    from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_address_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData,
    )


T = TypeVar("T", bound="OpenApiV1CustomerDataDtoCustomerAddressData")


@_attrs_define(slots=False, repr=False, eq=False)
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "street",
        "zipCode",
        "city",
        "countryCode",
        "amendmentConfigurationStatus",
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
_OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus_BY_VALUE = enum_members(
    OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.open_api_v1_customer_data_pending_amendment_dto_customer_address_data import (
        OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData,  # noqa: PLC0415
    )

    globals().update(
        {
            "OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData": OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData,
        }
    )
    _nested_resolved = True


def _parse_street(d: dict[str, Any]) -> str:
    _source: str = d["street"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_zip_code(d: dict[str, Any]) -> str:
    _source: str = d["zipCode"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_city(d: dict[str, Any]) -> str:
    _source: str = d["city"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_country_code(d: dict[str, Any]) -> str:
    _source: str = d["countryCode"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_amendment_configuration_status(
    d: dict[str, Any],
) -> OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus:
    _source = d["amendmentConfigurationStatus"]
    try:
        return _OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return OpenApiV1CustomerDataDtoCustomerAddressDataAmendmentConfigurationStatus(_source)


def _parse_house_number(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("houseNumber", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_province(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("province", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_province_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("provinceCode", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_second_street(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("secondStreet", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_city_part(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("cityPart", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_district(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("district", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_street_type(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("streetType", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_street_block(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("streetBlock", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_portal(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("portal", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_stairway(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("stairway", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_door(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("door", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_additional_address_information(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("additionalAddressInformation", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_floor(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("floor", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_building_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("buildingName", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_pending_amendment(d: dict[str, Any]) -> OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("pendingAmendment", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _pending_amendment = _source
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData | Unset
    if isinstance(_pending_amendment, Unset):
        pending_amendment = UNSET
    else:
        pending_amendment = OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData.from_dict(_pending_amendment)

    return pending_amendment


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    OpenApiV1CustomerDataDtoCustomerAddressData,
    (
        ("street", "street", _parse_street, str),
        ("zip_code", "zipCode", _parse_zip_code, str),
        ("city", "city", _parse_city, str),
        ("country_code", "countryCode", _parse_country_code, str),
        ("amendment_configuration_status", "amendmentConfigurationStatus", _parse_amendment_configuration_status, None),
        ("house_number", "houseNumber", _parse_house_number, str),
        ("province", "province", _parse_province, str),
        ("province_code", "provinceCode", _parse_province_code, str),
        ("second_street", "secondStreet", _parse_second_street, str),
        ("city_part", "cityPart", _parse_city_part, str),
        ("district", "district", _parse_district, str),
        ("street_type", "streetType", _parse_street_type, str),
        ("street_block", "streetBlock", _parse_street_block, str),
        ("portal", "portal", _parse_portal, str),
        ("stairway", "stairway", _parse_stairway, str),
        ("door", "door", _parse_door, str),
        ("additional_address_information", "additionalAddressInformation", _parse_additional_address_information, str),
        ("floor", "floor", _parse_floor, str),
        ("building_name", "buildingName", _parse_building_name, str),
        ("pending_amendment", "pendingAmendment", _parse_pending_amendment, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

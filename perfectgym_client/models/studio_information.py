from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    expect_json_array,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.studio_access_code_configuration import StudioAccessCodeConfiguration
    from ..models.studio_closing_hours import StudioClosingHours
    from ..models.studio_location import StudioLocation
    from ..models.studio_opening_hours import StudioOpeningHours
    from ..models.studio_opening_hours_category import StudioOpeningHoursCategory
    from ..models.tag import Tag


T = TypeVar("T", bound="StudioInformation")


@_attrs_define(slots=False, repr=False, eq=False)
class StudioInformation:
    """
    Attributes:
        studio_id (int): Studio Id Example: 123.
        access_code_configuration (StudioAccessCodeConfiguration): Studio access code configurations
        name (str | Unset): Studio name Example: Example studio.
        description (str | Unset): Studio description Example: Example studio description.
        country (str | Unset): Studio address' country Example: Germany.
        country_code (str | Unset): Studio address' country code Example: DE.
        opening_date (datetime.date | Unset): Studio opening date Example: 2025-06-11.
        closing_date (datetime.date | Unset): Studio closing date Example: 2029-01-01.
        email (str | Unset): Studio email address Example: operator@example.com.
        logo_url (str | Unset): Url to studio logo Example: https://example.com.
        telephone (str | Unset): Studio telephone Example: 0831/6901234-10.
        website (str | Unset): Studio website url Example: https://example.com.
        opening_hours (list[StudioOpeningHours] | Unset): Studio internal opening hours
        public_opening_hours (list[StudioOpeningHours] | Unset): Studio public opening hours
        closing_hours (list[StudioClosingHours] | Unset): Studio closing hours
        opening_hours_categories (list[StudioOpeningHoursCategory] | Unset): Studio opening hours categories with time
            restrictions
        street (str | Unset): Studio address' street Example: Kastanienallee.
        house_number (str | Unset): Studio address' house number Example: 83.
        zip_ (str | Unset): Studio address' zip code Example: 84439.
        city (str | Unset): Studio address' city Example: Berlin.
        location (StudioLocation | Unset): Studio location
        studio_tags (list[Tag] | Unset): Tags associated with the studio
        second_street (str | Unset): Second street line of the studio's address
        city_part (str | Unset): City part of the studio's address
        district (str | Unset): District of the studio's address
        street_type (str | Unset): Street type of the studio's address
        street_block (str | Unset): Street block of the studio's address
        portal (str | Unset): Portal of the studio's address
        stairway (str | Unset): Stairway of the studio's address
        door (str | Unset): Door of the studio's address
        province (str | Unset): Province of the studio's address
        province_code (str | Unset): Province code of the studio's address
        additional_address_information (str | Unset): Additional address information
        floor (str | Unset): Floor of the studio's address
        building_name (str | Unset): Building name of the studio's address
    """

    studio_id: int
    access_code_configuration: StudioAccessCodeConfiguration
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    country: str | Unset = UNSET
    country_code: str | Unset = UNSET
    opening_date: datetime.date | Unset = UNSET
    closing_date: datetime.date | Unset = UNSET
    email: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    telephone: str | Unset = UNSET
    website: str | Unset = UNSET
    opening_hours: list[StudioOpeningHours] | Unset = UNSET
    public_opening_hours: list[StudioOpeningHours] | Unset = UNSET
    closing_hours: list[StudioClosingHours] | Unset = UNSET
    opening_hours_categories: list[StudioOpeningHoursCategory] | Unset = UNSET
    street: str | Unset = UNSET
    house_number: str | Unset = UNSET
    zip_: str | Unset = UNSET
    city: str | Unset = UNSET
    location: StudioLocation | Unset = UNSET
    studio_tags: list[Tag] | Unset = UNSET
    second_street: str | Unset = UNSET
    city_part: str | Unset = UNSET
    district: str | Unset = UNSET
    street_type: str | Unset = UNSET
    street_block: str | Unset = UNSET
    portal: str | Unset = UNSET
    stairway: str | Unset = UNSET
    door: str | Unset = UNSET
    province: str | Unset = UNSET
    province_code: str | Unset = UNSET
    additional_address_information: str | Unset = UNSET
    floor: str | Unset = UNSET
    building_name: str | Unset = UNSET
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
            studio_id = self.studio_id

            access_code_configuration = self.access_code_configuration.to_dict()

            name = self.name

            description = self.description

            country = self.country

            country_code = self.country_code

            opening_date: str | Unset = UNSET
            if not isinstance(self.opening_date, Unset):
                opening_date = self.opening_date.isoformat()

            closing_date: str | Unset = UNSET
            if not isinstance(self.closing_date, Unset):
                closing_date = self.closing_date.isoformat()

            email = self.email

            logo_url = self.logo_url

            telephone = self.telephone

            website = self.website

            opening_hours: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.opening_hours, Unset):
                opening_hours = []
                for opening_hours_item_data in self.opening_hours:
                    opening_hours_item = opening_hours_item_data.to_dict()
                    opening_hours.append(opening_hours_item)

            public_opening_hours: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.public_opening_hours, Unset):
                public_opening_hours = []
                for public_opening_hours_item_data in self.public_opening_hours:
                    public_opening_hours_item = public_opening_hours_item_data.to_dict()
                    public_opening_hours.append(public_opening_hours_item)

            closing_hours: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.closing_hours, Unset):
                closing_hours = []
                for closing_hours_item_data in self.closing_hours:
                    closing_hours_item = closing_hours_item_data.to_dict()
                    closing_hours.append(closing_hours_item)

            opening_hours_categories: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.opening_hours_categories, Unset):
                opening_hours_categories = []
                for opening_hours_categories_item_data in self.opening_hours_categories:
                    opening_hours_categories_item = opening_hours_categories_item_data.to_dict()
                    opening_hours_categories.append(opening_hours_categories_item)

            street = self.street

            house_number = self.house_number

            zip_ = self.zip_

            city = self.city

            location: dict[str, Any] | Unset = UNSET
            if not isinstance(self.location, Unset):
                location = self.location.to_dict()

            studio_tags: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.studio_tags, Unset):
                studio_tags = []
                for studio_tags_item_data in self.studio_tags:
                    studio_tags_item = studio_tags_item_data.to_dict()
                    studio_tags.append(studio_tags_item)

            second_street = self.second_street

            city_part = self.city_part

            district = self.district

            street_type = self.street_type

            street_block = self.street_block

            portal = self.portal

            stairway = self.stairway

            door = self.door

            province = self.province

            province_code = self.province_code

            additional_address_information = self.additional_address_information

            floor = self.floor

            building_name = self.building_name

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "studioId": studio_id,
                    "accessCodeConfiguration": access_code_configuration,
                }
            )
            if name is not UNSET:
                field_dict["name"] = name
            if description is not UNSET:
                field_dict["description"] = description
            if country is not UNSET:
                field_dict["country"] = country
            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
            if opening_date is not UNSET:
                field_dict["openingDate"] = opening_date
            if closing_date is not UNSET:
                field_dict["closingDate"] = closing_date
            if email is not UNSET:
                field_dict["email"] = email
            if logo_url is not UNSET:
                field_dict["logoUrl"] = logo_url
            if telephone is not UNSET:
                field_dict["telephone"] = telephone
            if website is not UNSET:
                field_dict["website"] = website
            if opening_hours is not UNSET:
                field_dict["openingHours"] = opening_hours
            if public_opening_hours is not UNSET:
                field_dict["publicOpeningHours"] = public_opening_hours
            if closing_hours is not UNSET:
                field_dict["closingHours"] = closing_hours
            if opening_hours_categories is not UNSET:
                field_dict["openingHoursCategories"] = opening_hours_categories
            if street is not UNSET:
                field_dict["street"] = street
            if house_number is not UNSET:
                field_dict["houseNumber"] = house_number
            if zip_ is not UNSET:
                field_dict["zip"] = zip_
            if city is not UNSET:
                field_dict["city"] = city
            if location is not UNSET:
                field_dict["location"] = location
            if studio_tags is not UNSET:
                field_dict["studioTags"] = studio_tags
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
            if province is not UNSET:
                field_dict["province"] = province
            if province_code is not UNSET:
                field_dict["provinceCode"] = province_code
            if additional_address_information is not UNSET:
                field_dict["additionalAddressInformation"] = additional_address_information
            if floor is not UNSET:
                field_dict["floor"] = floor
            if building_name is not UNSET:
                field_dict["buildingName"] = building_name

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
        "studioId",
        "accessCodeConfiguration",
        "name",
        "description",
        "country",
        "countryCode",
        "openingDate",
        "closingDate",
        "email",
        "logoUrl",
        "telephone",
        "website",
        "openingHours",
        "publicOpeningHours",
        "closingHours",
        "openingHoursCategories",
        "street",
        "houseNumber",
        "zip",
        "city",
        "location",
        "studioTags",
        "secondStreet",
        "cityPart",
        "district",
        "streetType",
        "streetBlock",
        "portal",
        "stairway",
        "door",
        "province",
        "provinceCode",
        "additionalAddressInformation",
        "floor",
        "buildingName",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.studio_access_code_configuration import StudioAccessCodeConfiguration  # noqa: PLC0415
    from ..models.studio_closing_hours import StudioClosingHours  # noqa: PLC0415
    from ..models.studio_location import StudioLocation  # noqa: PLC0415
    from ..models.studio_opening_hours import StudioOpeningHours  # noqa: PLC0415
    from ..models.studio_opening_hours_category import StudioOpeningHoursCategory  # noqa: PLC0415
    from ..models.tag import Tag  # noqa: PLC0415

    globals().update(
        {
            "StudioAccessCodeConfiguration": StudioAccessCodeConfiguration,
            "StudioClosingHours": StudioClosingHours,
            "StudioLocation": StudioLocation,
            "StudioOpeningHours": StudioOpeningHours,
            "StudioOpeningHoursCategory": StudioOpeningHoursCategory,
            "Tag": Tag,
        }
    )
    _nested_resolved = True


def _parse_studio_id(d: dict[str, Any]) -> int:
    _source: int = d["studioId"]
    if _source.__class__ is int:
        return _source
    expect_json_scalar(_source, int)
    return _source


def _parse_access_code_configuration(d: dict[str, Any]) -> StudioAccessCodeConfiguration:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["accessCodeConfiguration"]
    access_code_configuration = StudioAccessCodeConfiguration.from_dict(_source)

    return access_code_configuration


def _parse_name(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("name", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_description(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("description", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_country(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("country", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_country_code(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("countryCode", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_opening_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("openingDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _opening_date = _source
    opening_date: datetime.date | Unset
    if isinstance(_opening_date, Unset):
        opening_date = UNSET
    else:
        opening_date = datetime.date.fromisoformat(_opening_date)

    return opening_date


def _parse_closing_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("closingDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _closing_date = _source
    closing_date: datetime.date | Unset
    if isinstance(_closing_date, Unset):
        closing_date = UNSET
    else:
        closing_date = datetime.date.fromisoformat(_closing_date)

    return closing_date


def _parse_email(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("email", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_logo_url(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("logoUrl", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_telephone(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("telephone", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_website(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("website", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_opening_hours(d: dict[str, Any]) -> list[StudioOpeningHours] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("openingHours", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _opening_hours = _source
    opening_hours: list[StudioOpeningHours] | Unset = UNSET
    if _opening_hours is not UNSET:
        opening_hours = []
        for opening_hours_item_data in _opening_hours:
            opening_hours_item = StudioOpeningHours.from_dict(opening_hours_item_data)

            opening_hours.append(opening_hours_item)

    return opening_hours


def _parse_public_opening_hours(d: dict[str, Any]) -> list[StudioOpeningHours] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("publicOpeningHours", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _public_opening_hours = _source
    public_opening_hours: list[StudioOpeningHours] | Unset = UNSET
    if _public_opening_hours is not UNSET:
        public_opening_hours = []
        for public_opening_hours_item_data in _public_opening_hours:
            public_opening_hours_item = StudioOpeningHours.from_dict(public_opening_hours_item_data)

            public_opening_hours.append(public_opening_hours_item)

    return public_opening_hours


def _parse_closing_hours(d: dict[str, Any]) -> list[StudioClosingHours] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("closingHours", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _closing_hours = _source
    closing_hours: list[StudioClosingHours] | Unset = UNSET
    if _closing_hours is not UNSET:
        closing_hours = []
        for closing_hours_item_data in _closing_hours:
            closing_hours_item = StudioClosingHours.from_dict(closing_hours_item_data)

            closing_hours.append(closing_hours_item)

    return closing_hours


def _parse_opening_hours_categories(d: dict[str, Any]) -> list[StudioOpeningHoursCategory] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("openingHoursCategories", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _opening_hours_categories = _source
    opening_hours_categories: list[StudioOpeningHoursCategory] | Unset = UNSET
    if _opening_hours_categories is not UNSET:
        opening_hours_categories = []
        for opening_hours_categories_item_data in _opening_hours_categories:
            opening_hours_categories_item = StudioOpeningHoursCategory.from_dict(opening_hours_categories_item_data)

            opening_hours_categories.append(opening_hours_categories_item)

    return opening_hours_categories


def _parse_street(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("street", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_house_number(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("houseNumber", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_zip_(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("zip", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_city(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("city", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_location(d: dict[str, Any]) -> StudioLocation | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("location", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _location = _source
    location: StudioLocation | Unset
    if isinstance(_location, Unset):
        location = UNSET
    else:
        location = StudioLocation.from_dict(_location)

    return location


def _parse_studio_tags(d: dict[str, Any]) -> list[Tag] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("studioTags", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _studio_tags = _source
    studio_tags: list[Tag] | Unset = UNSET
    if _studio_tags is not UNSET:
        studio_tags = []
        for studio_tags_item_data in _studio_tags:
            studio_tags_item = Tag.from_dict(studio_tags_item_data)

            studio_tags.append(studio_tags_item)

    return studio_tags


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


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    StudioInformation,
    (
        ("studio_id", "studioId", _parse_studio_id, int),
        ("access_code_configuration", "accessCodeConfiguration", _parse_access_code_configuration, None),
        ("name", "name", _parse_name, str),
        ("description", "description", _parse_description, str),
        ("country", "country", _parse_country, str),
        ("country_code", "countryCode", _parse_country_code, str),
        ("opening_date", "openingDate", _parse_opening_date, None),
        ("closing_date", "closingDate", _parse_closing_date, None),
        ("email", "email", _parse_email, str),
        ("logo_url", "logoUrl", _parse_logo_url, str),
        ("telephone", "telephone", _parse_telephone, str),
        ("website", "website", _parse_website, str),
        ("opening_hours", "openingHours", _parse_opening_hours, None),
        ("public_opening_hours", "publicOpeningHours", _parse_public_opening_hours, None),
        ("closing_hours", "closingHours", _parse_closing_hours, None),
        ("opening_hours_categories", "openingHoursCategories", _parse_opening_hours_categories, None),
        ("street", "street", _parse_street, str),
        ("house_number", "houseNumber", _parse_house_number, str),
        ("zip_", "zip", _parse_zip_, str),
        ("city", "city", _parse_city, str),
        ("location", "location", _parse_location, None),
        ("studio_tags", "studioTags", _parse_studio_tags, None),
        ("second_street", "secondStreet", _parse_second_street, str),
        ("city_part", "cityPart", _parse_city_part, str),
        ("district", "district", _parse_district, str),
        ("street_type", "streetType", _parse_street_type, str),
        ("street_block", "streetBlock", _parse_street_block, str),
        ("portal", "portal", _parse_portal, str),
        ("stairway", "stairway", _parse_stairway, str),
        ("door", "door", _parse_door, str),
        ("province", "province", _parse_province, str),
        ("province_code", "provinceCode", _parse_province_code, str),
        ("additional_address_information", "additionalAddressInformation", _parse_additional_address_information, str),
        ("floor", "floor", _parse_floor, str),
        ("building_name", "buildingName", _parse_building_name, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_access_code_configuration import StudioAccessCodeConfiguration
    from ..models.studio_closing_hours import StudioClosingHours
    from ..models.studio_location import StudioLocation
    from ..models.studio_opening_hours import StudioOpeningHours
    from ..models.studio_opening_hours_category import StudioOpeningHoursCategory
    from ..models.tag import Tag


T = TypeVar("T", bound="StudioInformation")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
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


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.studio_access_code_configuration import StudioAccessCodeConfiguration  # noqa: PLC0415
        from ..models.studio_closing_hours import StudioClosingHours  # noqa: PLC0415
        from ..models.studio_location import StudioLocation  # noqa: PLC0415
        from ..models.studio_opening_hours import StudioOpeningHours  # noqa: PLC0415
        from ..models.studio_opening_hours_category import StudioOpeningHoursCategory  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        studio_id = d.pop("studioId")

        access_code_configuration = StudioAccessCodeConfiguration.from_dict(d.pop("accessCodeConfiguration"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        country = d.pop("country", UNSET)

        country_code = d.pop("countryCode", UNSET)

        _opening_date = d.pop("openingDate", UNSET)
        opening_date: datetime.date | Unset
        if isinstance(_opening_date, Unset):
            opening_date = UNSET
        else:
            opening_date = datetime.date.fromisoformat(_opening_date)

        _closing_date = d.pop("closingDate", UNSET)
        closing_date: datetime.date | Unset
        if isinstance(_closing_date, Unset):
            closing_date = UNSET
        else:
            closing_date = datetime.date.fromisoformat(_closing_date)

        email = d.pop("email", UNSET)

        logo_url = d.pop("logoUrl", UNSET)

        telephone = d.pop("telephone", UNSET)

        website = d.pop("website", UNSET)

        _opening_hours = d.pop("openingHours", UNSET)
        opening_hours: list[StudioOpeningHours] | Unset = UNSET
        if _opening_hours is not UNSET:
            opening_hours = []
            for opening_hours_item_data in _opening_hours:
                opening_hours_item = StudioOpeningHours.from_dict(opening_hours_item_data)

                opening_hours.append(opening_hours_item)

        _public_opening_hours = d.pop("publicOpeningHours", UNSET)
        public_opening_hours: list[StudioOpeningHours] | Unset = UNSET
        if _public_opening_hours is not UNSET:
            public_opening_hours = []
            for public_opening_hours_item_data in _public_opening_hours:
                public_opening_hours_item = StudioOpeningHours.from_dict(public_opening_hours_item_data)

                public_opening_hours.append(public_opening_hours_item)

        _closing_hours = d.pop("closingHours", UNSET)
        closing_hours: list[StudioClosingHours] | Unset = UNSET
        if _closing_hours is not UNSET:
            closing_hours = []
            for closing_hours_item_data in _closing_hours:
                closing_hours_item = StudioClosingHours.from_dict(closing_hours_item_data)

                closing_hours.append(closing_hours_item)

        _opening_hours_categories = d.pop("openingHoursCategories", UNSET)
        opening_hours_categories: list[StudioOpeningHoursCategory] | Unset = UNSET
        if _opening_hours_categories is not UNSET:
            opening_hours_categories = []
            for opening_hours_categories_item_data in _opening_hours_categories:
                opening_hours_categories_item = StudioOpeningHoursCategory.from_dict(opening_hours_categories_item_data)

                opening_hours_categories.append(opening_hours_categories_item)

        street = d.pop("street", UNSET)

        house_number = d.pop("houseNumber", UNSET)

        zip_ = d.pop("zip", UNSET)

        city = d.pop("city", UNSET)

        _location = d.pop("location", UNSET)
        location: StudioLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = StudioLocation.from_dict(_location)

        _studio_tags = d.pop("studioTags", UNSET)
        studio_tags: list[Tag] | Unset = UNSET
        if _studio_tags is not UNSET:
            studio_tags = []
            for studio_tags_item_data in _studio_tags:
                studio_tags_item = Tag.from_dict(studio_tags_item_data)

                studio_tags.append(studio_tags_item)

        second_street = d.pop("secondStreet", UNSET)

        city_part = d.pop("cityPart", UNSET)

        district = d.pop("district", UNSET)

        street_type = d.pop("streetType", UNSET)

        street_block = d.pop("streetBlock", UNSET)

        portal = d.pop("portal", UNSET)

        stairway = d.pop("stairway", UNSET)

        door = d.pop("door", UNSET)

        province = d.pop("province", UNSET)

        province_code = d.pop("provinceCode", UNSET)

        additional_address_information = d.pop("additionalAddressInformation", UNSET)

        floor = d.pop("floor", UNSET)

        building_name = d.pop("buildingName", UNSET)

        _obj = cls(
            studio_id=studio_id,
            access_code_configuration=access_code_configuration,
            name=name,
            description=description,
            country=country,
            country_code=country_code,
            opening_date=opening_date,
            closing_date=closing_date,
            email=email,
            logo_url=logo_url,
            telephone=telephone,
            website=website,
            opening_hours=opening_hours,
            public_opening_hours=public_opening_hours,
            closing_hours=closing_hours,
            opening_hours_categories=opening_hours_categories,
            street=street,
            house_number=house_number,
            zip_=zip_,
            city=city,
            location=location,
            studio_tags=studio_tags,
            second_street=second_street,
            city_part=city_part,
            district=district,
            street_type=street_type,
            street_block=street_block,
            portal=portal,
            stairway=stairway,
            door=door,
            province=province,
            province_code=province_code,
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

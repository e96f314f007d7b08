from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.class_type import ClassType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_cancelation_condition import ClassCancelationCondition


T = TypeVar("T", bound="Class")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "title",
        "type",
        "duration",
        "category",
        "description",
        "imgUrl",
        "cancelCondition",
    }
)


@_attrs_define
class Class:
    """Trial offer class

    Attributes:
        id (int): Unique ID of the class Example: 1001.
        bookable (bool): Whether this class can be booked
        title (str | Unset): Title of the class Example: Mission Beach body.
        type_ (ClassType | Unset): Defines whether a class is held in the studio or virtually
        duration (int | Unset): Duration of the class in minutes Example: 45.
        category (str | Unset): Category of the class Example: Fitness.
        description (str | Unset): Description of the class Example: Get your body ready for beaches.
        img_url (str | Unset): Image URL assigned to display this class
        cancel_condition (ClassCancelationCondition | Unset): Cancelation condition of a class
    """

    id: int
    bookable: bool
    title: str | Unset = UNSET
    type_: ClassType | Unset = UNSET
    duration: int | Unset = UNSET
    category: str | Unset = UNSET
    description: str | Unset = UNSET
    img_url: str | Unset = UNSET
    cancel_condition: ClassCancelationCondition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bookable = self.bookable

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        duration = self.duration

        category = self.category

        description = self.description

        img_url = self.img_url

        cancel_condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancel_condition, Unset):
            cancel_condition = self.cancel_condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "bookable": bookable,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if duration is not UNSET:
            field_dict["duration"] = duration
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if img_url is not UNSET:
            field_dict["imgUrl"] = img_url
        if cancel_condition is not UNSET:
            field_dict["cancelCondition"] = cancel_condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_cancelation_condition import ClassCancelationCondition  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        bookable = d.pop("bookable")

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ClassType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ClassType(_type_)

        duration = d.pop("duration", UNSET)

        category = d.pop("category", UNSET)

        description = d.pop("description", UNSET)

        img_url = d.pop("imgUrl", UNSET)

        _cancel_condition = d.pop("cancelCondition", UNSET)
        cancel_condition: ClassCancelationCondition | Unset
        if isinstance(_cancel_condition, Unset):
            cancel_condition = UNSET
        else:
            cancel_condition = ClassCancelationCondition.from_dict(_cancel_condition)

        _obj = cls(
            id=id,
            bookable=bookable,
            title=title,
            type_=type_,
            duration=duration,
            category=category,
            description=description,
            img_url=img_url,
            cancel_condition=cancel_condition,
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

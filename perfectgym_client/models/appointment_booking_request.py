from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentBookingRequest")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "instructorIds",
    }
)


@_attrs_define
class AppointmentBookingRequest:
    """
    Attributes:
        customer_id (int): Unique ID of the customer Example: 203.
        bookable_appointment_id (int): Unique ID of the bookable appointment Example: 20334.
        start_date_time (str): Start date time of the bookable appointment slot (may end with a zone id in brackets,
            e.g. [Europe/Berlin]) Example: 2022-06-22T08:00:00.000+02:00[Europe/Berlin].
        end_date_time (str): End date time of the bookable appointment slot (may end with a zone id in brackets, e.g.
            [Europe/Berlin]) Example: 2022-06-22T10:00:00.000+02:00[Europe/Berlin].
        instructor_ids (list[int] | Unset): Instructor ID list of the bookable appointment slot
    """

    customer_id: int
    bookable_appointment_id: int
    start_date_time: str
    end_date_time: str
    instructor_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        bookable_appointment_id = self.bookable_appointment_id

        start_date_time = self.start_date_time

        end_date_time = self.end_date_time

        instructor_ids: list[int] | Unset = UNSET
        if not isinstance(self.instructor_ids, Unset):
            instructor_ids = self.instructor_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "bookableAppointmentId": bookable_appointment_id,
                "startDateTime": start_date_time,
                "endDateTime": end_date_time,
            }
        )
        if instructor_ids is not UNSET:
            field_dict["instructorIds"] = instructor_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        customer_id = d.pop("customerId")

        bookable_appointment_id = d.pop("bookableAppointmentId")

        start_date_time = d.pop("startDateTime")

        end_date_time = d.pop("endDateTime")

        instructor_ids = cast(list[int], d.pop("instructorIds", UNSET))

        _obj = cls(
            customer_id=customer_id,
            bookable_appointment_id=bookable_appointment_id,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            instructor_ids=instructor_ids,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bookable_appointment import BookableAppointment


T = TypeVar("T", bound="BookableAppointmentSlicedResult")


@_attrs_define
class BookableAppointmentSlicedResult:
    """
    Attributes:
        result (list[BookableAppointment]): List of bookable appointments
        has_next (bool): True if there exists next data slice Example: True.
        offset (str): Offset for next query (last ID of the bookable appointment) Example: 1234567890.
    """

    result: list[BookableAppointment]
    has_next: bool
    offset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        has_next = self.has_next

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "hasNext": has_next,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bookable_appointment import BookableAppointment  # noqa: PLC0415

        d = dict(src_dict)
        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = BookableAppointment.from_dict(result_item_data)

            result.append(result_item)

        has_next = d.pop("hasNext")

        offset = d.pop("offset")

        _obj = cls(
            result=result,
            has_next=has_next,
            offset=offset,
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

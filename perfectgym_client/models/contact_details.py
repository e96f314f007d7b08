from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_details_type import ContactDetailsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_status import ContactStatus


T = TypeVar("T", bound="ContactDetails")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "status",
    }
)


@_attrs_define
class ContactDetails:
    """
    Attributes:
        type_ (ContactDetailsType): Type of contact data
        value (str): Value of contact data Example: s.hannawald@sportaliance.com.
        status (ContactStatus | Unset): Describes the status of the contact data
    """

    type_: ContactDetailsType
    value: str
    status: ContactStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_status import ContactStatus  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        type_ = ContactDetailsType(d.pop("type"))

        value = d.pop("value")

        _status = d.pop("status", UNSET)
        status: ContactStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContactStatus.from_dict(_status)

        _obj = cls(
            type_=type_,
            value=value,
            status=status,
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

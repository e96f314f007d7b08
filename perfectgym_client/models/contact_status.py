from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_status_type import ContactStatusType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactStatus")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "statusInformation",
    }
)


@_attrs_define
class ContactStatus:
    """Describes the status of the contact data

    Attributes:
        type_ (ContactStatusType): Type of contact status
        status_information (str | Unset): More details to the overall status Example: The mail server for the recipient
            domain does not accept messages to this address..
    """

    type_: ContactStatusType
    status_information: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        status_information = self.status_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if status_information is not UNSET:
            field_dict["statusInformation"] = status_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        type_ = ContactStatusType(d.pop("type"))

        status_information = d.pop("statusInformation", UNSET)

        _obj = cls(
            type_=type_,
            status_information=status_information,
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_number_format import CardNumberFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSearchRequest")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "firstName",
        "lastName",
        "email",
        "dateOfBirth",
        "cardNumberFormat",
    }
)


@_attrs_define
class CustomerSearchRequest:
    """
    Attributes:
        first_name (str | Unset): Substring of customer first name starts from beginning Example: Edga.
        last_name (str | Unset): Substring of customer last name starts from beginning Example: Bull.
        email (str | Unset): Customer email Example: example@email.com.
        date_of_birth (datetime.date | Unset): Customer date of birth Example: 1952-05-04.
        card_number_format (CardNumberFormat | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    card_number_format: CardNumberFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        card_number_format: str | Unset = UNSET
        if not isinstance(self.card_number_format, Unset):
            card_number_format = self.card_number_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if card_number_format is not UNSET:
            field_dict["cardNumberFormat"] = card_number_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        _date_of_birth = d.pop("dateOfBirth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        _card_number_format = d.pop("cardNumberFormat", UNSET)
        card_number_format: CardNumberFormat | Unset
        if isinstance(_card_number_format, Unset):
            card_number_format = UNSET
        else:
            card_number_format = CardNumberFormat(_card_number_format)

        _obj = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            date_of_birth=date_of_birth,
            card_number_format=card_number_format,
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

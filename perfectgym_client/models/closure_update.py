from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.closure_update_rejection_reason import ClosureUpdateRejectionReason
from ..models.closure_update_type import ClosureUpdateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.closure_option import ClosureOption


T = TypeVar("T", bound="ClosureUpdate")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "options",
        "rejectionReason",
        "closureReason",
    }
)


@_attrs_define
class ClosureUpdate:
    """Must be set in case the case has been closed, omit this entirely if the case isn't closed

    Attributes:
        type_ (ClosureUpdateType): Closure type
        date (datetime.date): Closure date Example: 2022-09-20.
        options (list[ClosureOption] | Unset): Additional settings for case closures
        rejection_reason (ClosureUpdateRejectionReason | Unset): Mandatory if type is REJECTION. This defines why the
            case was rejected by the agency
        closure_reason (str | Unset): Optional closure reason Example: Not successful due to mail not successfully
            delivered.
    """

    type_: ClosureUpdateType
    date: datetime.date
    options: list[ClosureOption] | Unset = UNSET
    rejection_reason: ClosureUpdateRejectionReason | Unset = UNSET
    closure_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        date = self.date.isoformat()

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        rejection_reason: str | Unset = UNSET
        if not isinstance(self.rejection_reason, Unset):
            rejection_reason = self.rejection_reason.value

        closure_reason = self.closure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "date": date,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason
        if closure_reason is not UNSET:
            field_dict["closureReason"] = closure_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.closure_option import ClosureOption  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        type_ = ClosureUpdateType(d.pop("type"))

        date = datetime.date.fromisoformat(d.pop("date"))

        _options = d.pop("options", UNSET)
        options: list[ClosureOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = ClosureOption.from_dict(options_item_data)

                options.append(options_item)

        _rejection_reason = d.pop("rejectionReason", UNSET)
        rejection_reason: ClosureUpdateRejectionReason | Unset
        if isinstance(_rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = ClosureUpdateRejectionReason(_rejection_reason)

        closure_reason = d.pop("closureReason", UNSET)

        _obj = cls(
            type_=type_,
            date=date,
            options=options,
            rejection_reason=rejection_reason,
            closure_reason=closure_reason,
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.idle_period_update_preview_validation_status import IdlePeriodUpdatePreviewValidationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_preview_item import AccountPreviewItem


T = TypeVar("T", bound="IdlePeriodUpdatePreview")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "previewEndDate",
        "previewCharges",
    }
)


@_attrs_define
class IdlePeriodUpdatePreview:
    """
    Attributes:
        validation_status (IdlePeriodUpdatePreviewValidationStatus): Status of the idle period validation
        preview_end_date (datetime.date | Unset): Represents the updated contract end date Example: 2025-12-31.
        preview_charges (list[AccountPreviewItem] | Unset): The contract charges applicable following the idle period
            update
    """

    validation_status: IdlePeriodUpdatePreviewValidationStatus
    preview_end_date: datetime.date | Unset = UNSET
    preview_charges: list[AccountPreviewItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        validation_status = self.validation_status.value

        preview_end_date: str | Unset = UNSET
        if not isinstance(self.preview_end_date, Unset):
            preview_end_date = self.preview_end_date.isoformat()

        preview_charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preview_charges, Unset):
            preview_charges = []
            for preview_charges_item_data in self.preview_charges:
                preview_charges_item = preview_charges_item_data.to_dict()
                preview_charges.append(preview_charges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "validationStatus": validation_status,
            }
        )
        if preview_end_date is not UNSET:
            field_dict["previewEndDate"] = preview_end_date
        if preview_charges is not UNSET:
            field_dict["previewCharges"] = preview_charges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_preview_item import AccountPreviewItem  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        validation_status = IdlePeriodUpdatePreviewValidationStatus(d.pop("validationStatus"))

        _preview_end_date = d.pop("previewEndDate", UNSET)
        preview_end_date: datetime.date | Unset
        if isinstance(_preview_end_date, Unset):
            preview_end_date = UNSET
        else:
            preview_end_date = datetime.date.fromisoformat(_preview_end_date)

        _preview_charges = d.pop("previewCharges", UNSET)
        preview_charges: list[AccountPreviewItem] | Unset = UNSET
        if _preview_charges is not UNSET:
            preview_charges = []
            for preview_charges_item_data in _preview_charges:
                preview_charges_item = AccountPreviewItem.from_dict(preview_charges_item_data)

                preview_charges.append(preview_charges_item)

        _obj = cls(
            validation_status=validation_status,
            preview_end_date=preview_end_date,
            preview_charges=preview_charges,
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

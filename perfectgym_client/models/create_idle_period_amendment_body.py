from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

if TYPE_CHECKING:
    from ..models.idle_period_create_request import IdlePeriodCreateRequest


T = TypeVar("T", bound="CreateIdlePeriodAmendmentBody")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "document",
    }
)


@_attrs_define
class CreateIdlePeriodAmendmentBody:
    """
    Attributes:
        data (IdlePeriodCreateRequest):
        document (File | Unset): Idle period proposal document (jpeg, png, pdf, heic)
    """

    data: IdlePeriodCreateRequest
    document: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        document: FileTypes | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("data", (None, json.dumps(self.data.to_dict()).encode(), "application/json")))

        if not isinstance(self.document, Unset):
            files.append(("document", self.document.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.idle_period_create_request import IdlePeriodCreateRequest  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        data = IdlePeriodCreateRequest.from_dict(d.pop("data"))

        _document = d.pop("document", UNSET)
        document: File | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = File(payload=BytesIO(_document))

        _obj = cls(
            data=data,
            document=document,
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

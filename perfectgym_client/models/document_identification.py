from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_identification_document_type import DocumentIdentificationDocumentType

T = TypeVar("T", bound="DocumentIdentification")


@_attrs_define
class DocumentIdentification:
    """Information from an official document that identifies the customer

    Attributes:
        document_number (str): Document number Example: CX5432112345DS.
        document_type (DocumentIdentificationDocumentType): Type of the document
    """

    document_number: str
    document_type: DocumentIdentificationDocumentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_number = self.document_number

        document_type = self.document_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentNumber": document_number,
                "documentType": document_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_number = d.pop("documentNumber")

        document_type = DocumentIdentificationDocumentType(d.pop("documentType"))

        _obj = cls(
            document_number=document_number,
            document_type=document_type,
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

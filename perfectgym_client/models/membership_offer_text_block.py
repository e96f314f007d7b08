from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_offer_text_block_attachment_type import MembershipOfferTextBlockAttachmentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attached_document import AttachedDocument
    from ..models.external_url import ExternalUrl


T = TypeVar("T", bound="MembershipOfferTextBlock")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "id",
        "title",
        "text",
        "order",
        "hasSignature",
        "showCommunicationPrivacyOptions",
        "attachmentType",
        "attachedExternalUrlDto",
        "attachedDocument",
        "rateBundleModuleId",
        "confirmationRequired",
    }
)


@_attrs_define
class MembershipOfferTextBlock:
    """Contract text block information

    Attributes:
        id (int | Unset): The unique identifier of the text block Example: 1234567890.
        title (str | Unset): The title of the text block Example: Title of 1. text block.
        text (str | Unset): The text of the text block Example: Text of 1. text block.
        order (int | Unset): The order of the text block in the contract Example: 1.
        has_signature (bool | Unset): Text block configuration has a signature field
        show_communication_privacy_options (bool | Unset): Text block contains information about the communication
            privacy options
        attachment_type (MembershipOfferTextBlockAttachmentType | Unset): Indicates the type of attachment for this
            block
        attached_external_url_dto (ExternalUrl | Unset): Represents url information
        attached_document (AttachedDocument | Unset): Represents document information
        rate_bundle_module_id (int | Unset): The ID of the associated rate bundle module Example: 1234567890.
        confirmation_required (bool | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    text: str | Unset = UNSET
    order: int | Unset = UNSET
    has_signature: bool | Unset = UNSET
    show_communication_privacy_options: bool | Unset = UNSET
    attachment_type: MembershipOfferTextBlockAttachmentType | Unset = UNSET
    attached_external_url_dto: ExternalUrl | Unset = UNSET
    attached_document: AttachedDocument | Unset = UNSET
    rate_bundle_module_id: int | Unset = UNSET
    confirmation_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        text = self.text

        order = self.order

        has_signature = self.has_signature

        show_communication_privacy_options = self.show_communication_privacy_options

        attachment_type: str | Unset = UNSET
        if not isinstance(self.attachment_type, Unset):
            attachment_type = self.attachment_type.value

        attached_external_url_dto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attached_external_url_dto, Unset):
            attached_external_url_dto = self.attached_external_url_dto.to_dict()

        attached_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attached_document, Unset):
            attached_document = self.attached_document.to_dict()

        rate_bundle_module_id = self.rate_bundle_module_id

        confirmation_required = self.confirmation_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if order is not UNSET:
            field_dict["order"] = order
        if has_signature is not UNSET:
            field_dict["hasSignature"] = has_signature
        if show_communication_privacy_options is not UNSET:
            field_dict["showCommunicationPrivacyOptions"] = show_communication_privacy_options
        if attachment_type is not UNSET:
            field_dict["attachmentType"] = attachment_type
        if attached_external_url_dto is not UNSET:
            field_dict["attachedExternalUrlDto"] = attached_external_url_dto
        if attached_document is not UNSET:
            field_dict["attachedDocument"] = attached_document
        if rate_bundle_module_id is not UNSET:
            field_dict["rateBundleModuleId"] = rate_bundle_module_id
        if confirmation_required is not UNSET:
            field_dict["confirmationRequired"] = confirmation_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attached_document import AttachedDocument  # noqa: PLC0415
        from ..models.external_url import ExternalUrl  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        text = d.pop("text", UNSET)

        order = d.pop("order", UNSET)

        has_signature = d.pop("hasSignature", UNSET)

        show_communication_privacy_options = d.pop("showCommunicationPrivacyOptions", UNSET)

        _attachment_type = d.pop("attachmentType", UNSET)
        attachment_type: MembershipOfferTextBlockAttachmentType | Unset
        if isinstance(_attachment_type, Unset):
            attachment_type = UNSET
        else:
            attachment_type = MembershipOfferTextBlockAttachmentType(_attachment_type)

        _attached_external_url_dto = d.pop("attachedExternalUrlDto", UNSET)
        attached_external_url_dto: ExternalUrl | Unset
        if isinstance(_attached_external_url_dto, Unset):
            attached_external_url_dto = UNSET
        else:
            attached_external_url_dto = ExternalUrl.from_dict(_attached_external_url_dto)

        _attached_document = d.pop("attachedDocument", UNSET)
        attached_document: AttachedDocument | Unset
        if isinstance(_attached_document, Unset):
            attached_document = UNSET
        else:
            attached_document = AttachedDocument.from_dict(_attached_document)

        rate_bundle_module_id = d.pop("rateBundleModuleId", UNSET)

        confirmation_required = d.pop("confirmationRequired", UNSET)

        _obj = cls(
            id=id,
            title=title,
            text=text,
            order=order,
            has_signature=has_signature,
            show_communication_privacy_options=show_communication_privacy_options,
            attachment_type=attachment_type,
            attached_external_url_dto=attached_external_url_dto,
            attached_document=attached_document,
            rate_bundle_module_id=rate_bundle_module_id,
            confirmation_required=confirmation_required,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.membership_offer_text_block_attachment_type import MembershipOfferTextBlockAttachmentType
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    expect_json_scalar,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.attached_document import AttachedDocument
    from ..models.external_url import ExternalUrl


T = TypeVar("T", bound="MembershipOfferTextBlock")


@_attrs_define(slots=False, repr=False, eq=False)
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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

        except MalformedFieldError:
            if "_raw" not in self.__dict__:
                raise
            return dict_as_received(self)

    def to_json(self, *, exclude_unset: bool = True) -> str:
        """``to_dict()`` as compact JSON text."""
        return model_json(self.to_dict(exclude_unset=exclude_unset))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON, keeping the dict (not a copy). Fields are parsed when first read."""
        _obj = cls.__new__(cls)
        _obj.__dict__["_raw"] = src_dict if src_dict.__class__ is dict else json_object(src_dict)
        return _obj

    def __repr__(self) -> str:
        return lazy_model_repr(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return lazy_model_eq(self, other)

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


_KNOWN_KEYS: frozenset[str] = frozenset(
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
_MembershipOfferTextBlockAttachmentType_BY_VALUE = enum_members(MembershipOfferTextBlockAttachmentType)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.attached_document import AttachedDocument  # noqa: PLC0415
    from ..models.external_url import ExternalUrl  # noqa: PLC0415

    globals().update(
        {
            "AttachedDocument": AttachedDocument,
            "ExternalUrl": ExternalUrl,
        }
    )
    _nested_resolved = True


def _parse_id(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("id", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_title(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("title", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_text(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("text", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_order(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("order", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_has_signature(d: dict[str, Any]) -> bool | Unset:
    _source: bool | Unset = d.get("hasSignature", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_show_communication_privacy_options(d: dict[str, Any]) -> bool | Unset:
    _source: bool | Unset = d.get("showCommunicationPrivacyOptions", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_attachment_type(d: dict[str, Any]) -> MembershipOfferTextBlockAttachmentType | Unset:
    _source = d.get("attachmentType", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _MembershipOfferTextBlockAttachmentType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return MembershipOfferTextBlockAttachmentType(_source)


def _parse_attached_external_url_dto(d: dict[str, Any]) -> ExternalUrl | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("attachedExternalUrlDto", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _attached_external_url_dto = _source
    attached_external_url_dto: ExternalUrl | Unset
    if isinstance(_attached_external_url_dto, Unset):
        attached_external_url_dto = UNSET
    else:
        attached_external_url_dto = ExternalUrl.from_dict(_attached_external_url_dto)

    return attached_external_url_dto


def _parse_attached_document(d: dict[str, Any]) -> AttachedDocument | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("attachedDocument", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _attached_document = _source
    attached_document: AttachedDocument | Unset
    if isinstance(_attached_document, Unset):
        attached_document = UNSET
    else:
        attached_document = AttachedDocument.from_dict(_attached_document)

    return attached_document


def _parse_rate_bundle_module_id(d: dict[str, Any]) -> int | Unset:
    _source: int | Unset = d.get("rateBundleModuleId", UNSET)
    if _source.__class__ is int or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, int)
    return _source


def _parse_confirmation_required(d: dict[str, Any]) -> bool | Unset:
    _source: bool | Unset = d.get("confirmationRequired", UNSET)
    if _source.__class__ is bool or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, bool)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    MembershipOfferTextBlock,
    (
        ("id", "id", _parse_id, int),
        ("title", "title", _parse_title, str),
        ("text", "text", _parse_text, str),
        ("order", "order", _parse_order, int),
        ("has_signature", "hasSignature", _parse_has_signature, bool),
        (
            "show_communication_privacy_options",
            "showCommunicationPrivacyOptions",
            _parse_show_communication_privacy_options,
            bool,
        ),
        ("attachment_type", "attachmentType", _parse_attachment_type, None),
        ("attached_external_url_dto", "attachedExternalUrlDto", _parse_attached_external_url_dto, None),
        ("attached_document", "attachedDocument", _parse_attached_document, None),
        ("rate_bundle_module_id", "rateBundleModuleId", _parse_rate_bundle_module_id, int),
        ("confirmation_required", "confirmationRequired", _parse_confirmation_required, bool),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

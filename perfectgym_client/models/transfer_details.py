from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..models.transfer_details_debt_collection_type import TransferDetailsDebtCollectionType
from ..models.transfer_details_origin import TransferDetailsOrigin
from ..models.transfer_details_status import TransferDetailsStatus
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    enum_members,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.client_details import ClientDetails


T = TypeVar("T", bound="TransferDetails")


@_attrs_define(slots=False, repr=False, eq=False)
class TransferDetails:
    """
    Attributes:
        collection_date (datetime.date | Unset): Date when debt collection run was created Example: 1952-05-04.
        debt_collection_type (TransferDetailsDebtCollectionType | Unset): Type of debt collection Default:
            TransferDetailsDebtCollectionType.TRUST.
        client (ClientDetails | Unset): The client matches a studio or location
        status (TransferDetailsStatus | Unset): Status of a Transfer
        origin (TransferDetailsOrigin | Unset): Origin of debt collection
    """

    collection_date: datetime.date | Unset = UNSET
    debt_collection_type: TransferDetailsDebtCollectionType | Unset = TransferDetailsDebtCollectionType.TRUST
    client: ClientDetails | Unset = UNSET
    status: TransferDetailsStatus | Unset = UNSET
    origin: TransferDetailsOrigin | Unset = UNSET
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
            collection_date: str | Unset = UNSET
            if not isinstance(self.collection_date, Unset):
                collection_date = self.collection_date.isoformat()

            debt_collection_type: str | Unset = UNSET
            if not isinstance(self.debt_collection_type, Unset):
                debt_collection_type = self.debt_collection_type.value

            client: dict[str, Any] | Unset = UNSET
            if not isinstance(self.client, Unset):
                client = self.client.to_dict()

            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

            origin: str | Unset = UNSET
            if not isinstance(self.origin, Unset):
                origin = self.origin.value

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update({})
            if collection_date is not UNSET:
                field_dict["collectionDate"] = collection_date
            if debt_collection_type is not UNSET:
                field_dict["debtCollectionType"] = debt_collection_type
            if client is not UNSET:
                field_dict["client"] = client
            if status is not UNSET:
                field_dict["status"] = status
            if origin is not UNSET:
                field_dict["origin"] = origin

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
        "collectionDate",
        "debtCollectionType",
        "client",
        "status",
        "origin",
    }
)
_TransferDetailsDebtCollectionType_BY_VALUE = enum_members(TransferDetailsDebtCollectionType)
_TransferDetailsStatus_BY_VALUE = enum_members(TransferDetailsStatus)
_TransferDetailsOrigin_BY_VALUE = enum_members(TransferDetailsOrigin)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.client_details import ClientDetails  # noqa: PLC0415

    globals().update(
        {
            "ClientDetails": ClientDetails,
        }
    )
    _nested_resolved = True


def _parse_collection_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("collectionDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is str:
        return datetime.date.fromisoformat(_source)
    _collection_date = _source
    collection_date: datetime.date | Unset
    if isinstance(_collection_date, Unset):
        collection_date = UNSET
    else:
        collection_date = datetime.date.fromisoformat(_collection_date)

    return collection_date


def _parse_debt_collection_type(d: dict[str, Any]) -> TransferDetailsDebtCollectionType | Unset:
    _source = d.get("debtCollectionType", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _TransferDetailsDebtCollectionType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TransferDetailsDebtCollectionType(_source)


def _parse_client(d: dict[str, Any]) -> ClientDetails | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("client", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _client = _source
    client: ClientDetails | Unset
    if isinstance(_client, Unset):
        client = UNSET
    else:
        client = ClientDetails.from_dict(_client)

    return client


def _parse_status(d: dict[str, Any]) -> TransferDetailsStatus | Unset:
    _source = d.get("status", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _TransferDetailsStatus_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TransferDetailsStatus(_source)


def _parse_origin(d: dict[str, Any]) -> TransferDetailsOrigin | Unset:
    _source = d.get("origin", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _TransferDetailsOrigin_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return TransferDetailsOrigin(_source)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    TransferDetails,
    (
        ("collection_date", "collectionDate", _parse_collection_date, None),
        ("debt_collection_type", "debtCollectionType", _parse_debt_collection_type, None),
        ("client", "client", _parse_client, None),
        ("status", "status", _parse_status, None),
        ("origin", "origin", _parse_origin, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_details_debt_collection_type import TransferDetailsDebtCollectionType
from ..models.transfer_details_origin import TransferDetailsOrigin
from ..models.transfer_details_status import TransferDetailsStatus
from ..types import (
    UNSET,
    Unset,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from API JSON. Fields are parsed when first read; a missing required one fails then."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _obj.__dict__["_lazy_source"] = d
        return _obj

    if not TYPE_CHECKING:  # ours: invisible to type checkers, so misspelt attributes stay errors

        def __getattr__(self, name: str) -> Any:
            try:
                source = self.__dict__["_lazy_source"]
                wire_name, parse = _LAZY_FIELDS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = parse_lazy_field(type(self).__name__, name, wire_name, parse, source)
            self.__dict__[name] = value
            return value

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


def _parse_collection_date(d: dict[str, Any]) -> datetime.date | Unset:
    _source = d.get("collectionDate", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _collection_date = _source
    collection_date: datetime.date | Unset
    if isinstance(_collection_date, Unset):
        collection_date = UNSET
    else:
        collection_date = datetime.date.fromisoformat(_collection_date)

    return collection_date


def _parse_debt_collection_type(d: dict[str, Any]) -> TransferDetailsDebtCollectionType | Unset:
    _source = d.get("debtCollectionType", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _debt_collection_type = _source
    debt_collection_type: TransferDetailsDebtCollectionType | Unset
    if isinstance(_debt_collection_type, Unset):
        debt_collection_type = UNSET
    else:
        debt_collection_type = TransferDetailsDebtCollectionType(_debt_collection_type)

    return debt_collection_type


def _parse_client(d: dict[str, Any]) -> ClientDetails | Unset:
    from ..models.client_details import ClientDetails  # noqa: PLC0415

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
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _status = _source
    status: TransferDetailsStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TransferDetailsStatus(_status)

    return status


def _parse_origin(d: dict[str, Any]) -> TransferDetailsOrigin | Unset:
    _source = d.get("origin", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _origin = _source
    origin: TransferDetailsOrigin | Unset
    if isinstance(_origin, Unset):
        origin = UNSET
    else:
        origin = TransferDetailsOrigin(_origin)

    return origin


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "collection_date": ("collectionDate", _parse_collection_date),
    "debt_collection_type": ("debtCollectionType", _parse_debt_collection_type),
    "client": ("client", _parse_client),
    "status": ("status", _parse_status),
    "origin": ("origin", _parse_origin),
    "additional_properties": ("*", _parse_additional_properties),
}

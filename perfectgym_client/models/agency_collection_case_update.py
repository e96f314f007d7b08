from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
from ..types import (
    UNSET,
    Unset,
    dict_as_received,
    dict_with_absent_fields,
    expect_json_array,
    expect_json_scalar,
    expect_json_scalars,
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.closure_update import ClosureUpdate
    from ..models.debt_update import DebtUpdate


T = TypeVar("T", bound="AgencyCollectionCaseUpdate")


@_attrs_define(slots=False, repr=False, eq=False)
class AgencyCollectionCaseUpdate:
    """
    Attributes:
        agency_collection_case_id (str): ID the agency has assigned to this case Example: agency-id-123.
        collection_case_ids (list[str]): List of collection case ids which we have created, aggregated for that
            collection case
        debts (list[DebtUpdate]): Debts which were transferred to the agency
        public_collection_case_id (str | Unset):  Example: case-john-wayne-1.
        closure (ClosureUpdate | Unset): Must be set in case the case has been closed, omit this entirely if the case
            isn't closed
    """

    agency_collection_case_id: str
    collection_case_ids: list[str]
    debts: list[DebtUpdate]
    public_collection_case_id: str | Unset = UNSET
    closure: ClosureUpdate | Unset = UNSET
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
            agency_collection_case_id = self.agency_collection_case_id

            collection_case_ids = self.collection_case_ids

            if isinstance(collection_case_ids, list):
                collection_case_ids = list(collection_case_ids)  # handed out: never the model's own list

            debts = []
            for debts_item_data in self.debts:
                debts_item = debts_item_data.to_dict()
                debts.append(debts_item)

            public_collection_case_id = self.public_collection_case_id

            closure: dict[str, Any] | Unset = UNSET
            if not isinstance(self.closure, Unset):
                closure = self.closure.to_dict()

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "agencyCollectionCaseId": agency_collection_case_id,
                    "collectionCaseIds": collection_case_ids,
                    "debts": debts,
                }
            )
            if public_collection_case_id is not UNSET:
                field_dict["publicCollectionCaseId"] = public_collection_case_id
            if closure is not UNSET:
                field_dict["closure"] = closure

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
        "agencyCollectionCaseId",
        "collectionCaseIds",
        "debts",
        "publicCollectionCaseId",
        "closure",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.closure_update import ClosureUpdate  # noqa: PLC0415
    from ..models.debt_update import DebtUpdate  # noqa: PLC0415

    globals().update(
        {
            "ClosureUpdate": ClosureUpdate,
            "DebtUpdate": DebtUpdate,
        }
    )
    _nested_resolved = True


def _parse_agency_collection_case_id(d: dict[str, Any]) -> str:
    _source: str = d["agencyCollectionCaseId"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_collection_case_ids(d: dict[str, Any]) -> list[str]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["collectionCaseIds"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    if _source.__class__ is list:
        expect_json_scalars(_source, str)
    collection_case_ids: list[str] = _source
    return collection_case_ids


def _parse_debts(d: dict[str, Any]) -> list[DebtUpdate]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["debts"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    debts = []
    _debts = _source
    for debts_item_data in _debts:
        debts_item = DebtUpdate.from_dict(debts_item_data)

        debts.append(debts_item)

    return debts


def _parse_public_collection_case_id(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("publicCollectionCaseId", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_closure(d: dict[str, Any]) -> ClosureUpdate | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("closure", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _closure = _source
    closure: ClosureUpdate | Unset
    if isinstance(_closure, Unset):
        closure = UNSET
    else:
        closure = ClosureUpdate.from_dict(_closure)

    return closure


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    AgencyCollectionCaseUpdate,
    (
        ("agency_collection_case_id", "agencyCollectionCaseId", _parse_agency_collection_case_id, str),
        ("collection_case_ids", "collectionCaseIds", _parse_collection_case_ids, None),
        ("debts", "debts", _parse_debts, None),
        ("public_collection_case_id", "publicCollectionCaseId", _parse_public_collection_case_id, str),
        ("closure", "closure", _parse_closure, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

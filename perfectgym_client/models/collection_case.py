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
    install_lazy_fields,
    json_copy,
    json_object,
    lazy_model_eq,
    lazy_model_repr,
    model_json,
)

if TYPE_CHECKING:
    from ..models.debt import Debt


T = TypeVar("T", bound="CollectionCase")


@_attrs_define(slots=False, repr=False, eq=False)
class CollectionCase:
    """
    Attributes:
        collection_case_id (str): ID identifying this Collection case in UUID format Example:
            123e4567-e89b-42d3-a456-556642440000.
        open_amount (float): Total amount open of all debts Example: 1231.
        debt (list[Debt]): List of debts the member needs to pay
        ext_human_id (str | Unset): Human identifier given by the debt collection agency
        ext_reference_id (str | Unset): Identifier given by the debt collection agency
    """

    collection_case_id: str
    open_amount: float
    debt: list[Debt]
    ext_human_id: str | Unset = UNSET
    ext_reference_id: str | Unset = UNSET
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
            collection_case_id = self.collection_case_id

            open_amount = self.open_amount

            debt = []
            for debt_item_data in self.debt:
                debt_item = debt_item_data.to_dict()
                debt.append(debt_item)

            ext_human_id = self.ext_human_id

            ext_reference_id = self.ext_reference_id

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "collectionCaseId": collection_case_id,
                    "openAmount": open_amount,
                    "debt": debt,
                }
            )
            if ext_human_id is not UNSET:
                field_dict["extHumanId"] = ext_human_id
            if ext_reference_id is not UNSET:
                field_dict["extReferenceId"] = ext_reference_id

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
        "collectionCaseId",
        "openAmount",
        "debt",
        "extHumanId",
        "extReferenceId",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.debt import Debt  # noqa: PLC0415

    globals().update(
        {
            "Debt": Debt,
        }
    )
    _nested_resolved = True


def _parse_collection_case_id(d: dict[str, Any]) -> str:
    _source: str = d["collectionCaseId"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_open_amount(d: dict[str, Any]) -> float:
    _source: float = d["openAmount"]
    if _source.__class__ is float:
        return _source
    expect_json_scalar(_source, float)
    return _source


def _parse_debt(d: dict[str, Any]) -> list[Debt]:
    if not _nested_resolved:
        _resolve_nested()
    _source = d["debt"]
    if _source.__class__ is not list:
        expect_json_array(_source)
    debt = []
    _debt = _source
    for debt_item_data in _debt:
        debt_item = Debt.from_dict(debt_item_data)

        debt.append(debt_item)

    return debt


def _parse_ext_human_id(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("extHumanId", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_ext_reference_id(d: dict[str, Any]) -> str | Unset:
    _source: str | Unset = d.get("extReferenceId", UNSET)
    if _source.__class__ is str or _source is UNSET:
        return _source
    if _source is None:  # null in an optional field reads as absent
        return UNSET
    expect_json_scalar(_source, str)
    return _source


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    CollectionCase,
    (
        ("collection_case_id", "collectionCaseId", _parse_collection_case_id, str),
        ("open_amount", "openAmount", _parse_open_amount, float),
        ("debt", "debt", _parse_debt, None),
        ("ext_human_id", "extHumanId", _parse_ext_human_id, str),
        ("ext_reference_id", "extReferenceId", _parse_ext_reference_id, str),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

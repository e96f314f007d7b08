from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_json_array,
    expect_json_scalar,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
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

    def to_dict(self) -> dict[str, Any]:
        collection_case_id = self.collection_case_id

        open_amount = self.open_amount

        debt = []
        for debt_item_data in self.debt:
            debt_item = debt_item_data.to_dict()
            debt.append(debt_item)

        ext_human_id = self.ext_human_id

        ext_reference_id = self.ext_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        "collectionCaseId",
        "openAmount",
        "debt",
        "extHumanId",
        "extReferenceId",
    }
)


def _parse_collection_case_id(d: dict[str, Any]) -> str:
    _source = d["collectionCaseId"]
    expect_json_scalar(_source, str)
    collection_case_id: str = _source
    return collection_case_id


def _parse_open_amount(d: dict[str, Any]) -> float:
    _source = d["openAmount"]
    expect_json_scalar(_source, float)
    open_amount: float = _source
    return open_amount


def _parse_debt(d: dict[str, Any]) -> list[Debt]:
    from ..models.debt import Debt  # noqa: PLC0415

    _source = d["debt"]
    expect_json_array(_source)
    debt = []
    _debt = _source
    for debt_item_data in _debt:
        debt_item = Debt.from_dict(debt_item_data)

        debt.append(debt_item)

    return debt


def _parse_ext_human_id(d: dict[str, Any]) -> str | Unset:
    _source = d.get("extHumanId", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    ext_human_id: str | Unset = _source
    return ext_human_id


def _parse_ext_reference_id(d: dict[str, Any]) -> str | Unset:
    _source = d.get("extReferenceId", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    expect_json_scalar(_source, str)
    ext_reference_id: str | Unset = _source
    return ext_reference_id


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "collection_case_id": ("collectionCaseId", _parse_collection_case_id),
    "open_amount": ("openAmount", _parse_open_amount),
    "debt": ("debt", _parse_debt),
    "ext_human_id": ("extHumanId", _parse_ext_human_id),
    "ext_reference_id": ("extReferenceId", _parse_ext_reference_id),
    "additional_properties": ("*", _parse_additional_properties),
}

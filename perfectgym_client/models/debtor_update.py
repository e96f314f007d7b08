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
    from ..models.agency_collection_case_update import AgencyCollectionCaseUpdate
    from ..models.open_api_v1_block_dto import OpenApiV1BlockDto


T = TypeVar("T", bound="DebtorUpdate")


@_attrs_define(slots=False, repr=False, eq=False)
class DebtorUpdate:
    """
    Attributes:
        debtor_id (str): Debtor unique id Example: 2334545.
        agency_collection_cases (list[AgencyCollectionCaseUpdate]): List of debt collection cases
        block (OpenApiV1BlockDto | Unset): Option to block the debt for future collection cases
    """

    debtor_id: str
    agency_collection_cases: list[AgencyCollectionCaseUpdate]
    block: OpenApiV1BlockDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debtor_id = self.debtor_id

        agency_collection_cases = []
        for agency_collection_cases_item_data in self.agency_collection_cases:
            agency_collection_cases_item = agency_collection_cases_item_data.to_dict()
            agency_collection_cases.append(agency_collection_cases_item)

        block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block, Unset):
            block = self.block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "debtorId": debtor_id,
                "agencyCollectionCases": agency_collection_cases,
            }
        )
        if block is not UNSET:
            field_dict["block"] = block

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
        "debtorId",
        "agencyCollectionCases",
        "block",
    }
)


def _parse_debtor_id(d: dict[str, Any]) -> str:
    _source = d["debtorId"]
    expect_json_scalar(_source, str)
    debtor_id: str = _source
    return debtor_id


def _parse_agency_collection_cases(d: dict[str, Any]) -> list[AgencyCollectionCaseUpdate]:
    from ..models.agency_collection_case_update import AgencyCollectionCaseUpdate  # noqa: PLC0415

    _source = d["agencyCollectionCases"]
    expect_json_array(_source)
    agency_collection_cases = []
    _agency_collection_cases = _source
    for agency_collection_cases_item_data in _agency_collection_cases:
        agency_collection_cases_item = AgencyCollectionCaseUpdate.from_dict(agency_collection_cases_item_data)

        agency_collection_cases.append(agency_collection_cases_item)

    return agency_collection_cases


def _parse_block(d: dict[str, Any]) -> OpenApiV1BlockDto | Unset:
    from ..models.open_api_v1_block_dto import OpenApiV1BlockDto  # noqa: PLC0415

    _source = d.get("block", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _block = _source
    block: OpenApiV1BlockDto | Unset
    if isinstance(_block, Unset):
        block = UNSET
    else:
        block = OpenApiV1BlockDto.from_dict(_block)

    return block


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "debtor_id": ("debtorId", _parse_debtor_id),
    "agency_collection_cases": ("agencyCollectionCases", _parse_agency_collection_cases),
    "block": ("block", _parse_block),
    "additional_properties": ("*", _parse_additional_properties),
}

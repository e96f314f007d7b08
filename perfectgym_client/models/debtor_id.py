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
    from ..models.open_api_v1_block import OpenApiV1Block


T = TypeVar("T", bound="DebtorId")


@_attrs_define(slots=False, repr=False, eq=False)
class DebtorId:
    """
    Attributes:
        debtor_id (str): Debtor unique id Example: 2334545.
        block (OpenApiV1Block | Unset): Debt is blocked for collection cases
        debts (list[Debt] | Unset): Debts of the debtor
    """

    debtor_id: str
    block: OpenApiV1Block | Unset = UNSET
    debts: list[Debt] | Unset = UNSET
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
            debtor_id = self.debtor_id

            block: dict[str, Any] | Unset = UNSET
            if not isinstance(self.block, Unset):
                block = self.block.to_dict()

            debts: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.debts, Unset):
                debts = []
                for debts_item_data in self.debts:
                    debts_item = debts_item_data.to_dict()
                    debts.append(debts_item)

            field_dict: dict[str, Any] = {}
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
            field_dict.update(
                {
                    "debtorId": debtor_id,
                }
            )
            if block is not UNSET:
                field_dict["block"] = block
            if debts is not UNSET:
                field_dict["debts"] = debts

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
        "debtorId",
        "block",
        "debts",
    }
)
_nested_resolved = False


def _resolve_nested() -> None:
    """Bind the nested models' classes in this module once (a top-level import would be circular)."""
    global _nested_resolved
    from ..models.debt import Debt  # noqa: PLC0415
    from ..models.open_api_v1_block import OpenApiV1Block  # noqa: PLC0415

    globals().update(
        {
            "Debt": Debt,
            "OpenApiV1Block": OpenApiV1Block,
        }
    )
    _nested_resolved = True


def _parse_debtor_id(d: dict[str, Any]) -> str:
    _source: str = d["debtorId"]
    if _source.__class__ is str:
        return _source
    expect_json_scalar(_source, str)
    return _source


def _parse_block(d: dict[str, Any]) -> OpenApiV1Block | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("block", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _block = _source
    block: OpenApiV1Block | Unset
    if isinstance(_block, Unset):
        block = UNSET
    else:
        block = OpenApiV1Block.from_dict(_block)

    return block


def _parse_debts(d: dict[str, Any]) -> list[Debt] | Unset:
    if not _nested_resolved:
        _resolve_nested()
    _source = d.get("debts", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    if _source.__class__ is not list:
        expect_json_array(_source)
    _debts = _source
    debts: list[Debt] | Unset = UNSET
    if _debts is not UNSET:
        debts = []
        for debts_item_data in _debts:
            debts_item = Debt.from_dict(debts_item_data)

            debts.append(debts_item)

    return debts


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    DebtorId,
    (
        ("debtor_id", "debtorId", _parse_debtor_id, str),
        ("block", "block", _parse_block, None),
        ("debts", "debts", _parse_debts, None),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debt_collection_configuration_debt_collection_type import DebtCollectionConfigurationDebtCollectionType
from ..models.debt_collection_configuration_derecognize_remaining_debts_on_closure import (
    DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure,
)
from ..models.debt_collection_configuration_derecognize_remaining_debts_on_rejection import (
    DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection,
)
from ..types import (
    UNSET,
    Unset,
    lazy_model_eq,
    lazy_model_repr,
    parse_lazy_field,
)

if TYPE_CHECKING:
    from ..models.client_details import ClientDetails


T = TypeVar("T", bound="DebtCollectionConfiguration")


@_attrs_define(slots=False, repr=False, eq=False)
class DebtCollectionConfiguration:
    """
    Attributes:
        client (ClientDetails | Unset): The client matches a studio or location
        debt_collection_type (DebtCollectionConfigurationDebtCollectionType | Unset): Type of debt collection Default:
            DebtCollectionConfigurationDebtCollectionType.TRUST.
        derecognize_remaining_debts_on_closure (DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure | Unset):
            Debt handling on positive or negative closure of case
        derecognize_remaining_debts_on_rejection (DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection |
            Unset): Debt handling on rejection or reversal of case
    """

    client: ClientDetails | Unset = UNSET
    debt_collection_type: DebtCollectionConfigurationDebtCollectionType | Unset = (
        DebtCollectionConfigurationDebtCollectionType.TRUST
    )
    derecognize_remaining_debts_on_closure: DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure | Unset = (
        UNSET
    )
    derecognize_remaining_debts_on_rejection: (
        DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        debt_collection_type: str | Unset = UNSET
        if not isinstance(self.debt_collection_type, Unset):
            debt_collection_type = self.debt_collection_type.value

        derecognize_remaining_debts_on_closure: str | Unset = UNSET
        if not isinstance(self.derecognize_remaining_debts_on_closure, Unset):
            derecognize_remaining_debts_on_closure = self.derecognize_remaining_debts_on_closure.value

        derecognize_remaining_debts_on_rejection: str | Unset = UNSET
        if not isinstance(self.derecognize_remaining_debts_on_rejection, Unset):
            derecognize_remaining_debts_on_rejection = self.derecognize_remaining_debts_on_rejection.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client is not UNSET:
            field_dict["client"] = client
        if debt_collection_type is not UNSET:
            field_dict["debtCollectionType"] = debt_collection_type
        if derecognize_remaining_debts_on_closure is not UNSET:
            field_dict["derecognizeRemainingDebtsOnClosure"] = derecognize_remaining_debts_on_closure
        if derecognize_remaining_debts_on_rejection is not UNSET:
            field_dict["derecognizeRemainingDebtsOnRejection"] = derecognize_remaining_debts_on_rejection

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
        "client",
        "debtCollectionType",
        "derecognizeRemainingDebtsOnClosure",
        "derecognizeRemainingDebtsOnRejection",
    }
)


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


def _parse_debt_collection_type(d: dict[str, Any]) -> DebtCollectionConfigurationDebtCollectionType | Unset:
    _source = d.get("debtCollectionType", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _debt_collection_type = _source
    debt_collection_type: DebtCollectionConfigurationDebtCollectionType | Unset
    if isinstance(_debt_collection_type, Unset):
        debt_collection_type = UNSET
    else:
        debt_collection_type = DebtCollectionConfigurationDebtCollectionType(_debt_collection_type)

    return debt_collection_type


def _parse_derecognize_remaining_debts_on_closure(
    d: dict[str, Any],
) -> DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure | Unset:
    _source = d.get("derecognizeRemainingDebtsOnClosure", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _derecognize_remaining_debts_on_closure = _source
    derecognize_remaining_debts_on_closure: DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure | Unset
    if isinstance(_derecognize_remaining_debts_on_closure, Unset):
        derecognize_remaining_debts_on_closure = UNSET
    else:
        derecognize_remaining_debts_on_closure = DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure(
            _derecognize_remaining_debts_on_closure
        )

    return derecognize_remaining_debts_on_closure


def _parse_derecognize_remaining_debts_on_rejection(
    d: dict[str, Any],
) -> DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection | Unset:
    _source = d.get("derecognizeRemainingDebtsOnRejection", UNSET)
    if _source is None:  # null in an optional field reads as absent
        _source = UNSET
    _derecognize_remaining_debts_on_rejection = _source
    derecognize_remaining_debts_on_rejection: DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection | Unset
    if isinstance(_derecognize_remaining_debts_on_rejection, Unset):
        derecognize_remaining_debts_on_rejection = UNSET
    else:
        derecognize_remaining_debts_on_rejection = DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection(
            _derecognize_remaining_debts_on_rejection
        )

    return derecognize_remaining_debts_on_rejection


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


_LAZY_FIELDS: dict[str, tuple[str, Any]] = {
    "client": ("client", _parse_client),
    "debt_collection_type": ("debtCollectionType", _parse_debt_collection_type),
    "derecognize_remaining_debts_on_closure": (
        "derecognizeRemainingDebtsOnClosure",
        _parse_derecognize_remaining_debts_on_closure,
    ),
    "derecognize_remaining_debts_on_rejection": (
        "derecognizeRemainingDebtsOnRejection",
        _parse_derecognize_remaining_debts_on_rejection,
    ),
    "additional_properties": ("*", _parse_additional_properties),
}

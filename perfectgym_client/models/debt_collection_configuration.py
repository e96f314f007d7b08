from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedFieldError
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

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as the API's JSON (its field names, ISO dates); absent fields left out.

        ``exclude_unset=False`` lists every declared field, an absent one as None (nested models too).
        Never fails on a model read from a response: a field its type cannot read (a required key
        the server left out, a malformed value) is written as received, or left out when absent.
        """
        if not exclude_unset:
            return dict_with_absent_fields(self)
        try:
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
            if self.additional_properties:
                field_dict.update(json_copy(self.additional_properties))
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
        "client",
        "debtCollectionType",
        "derecognizeRemainingDebtsOnClosure",
        "derecognizeRemainingDebtsOnRejection",
    }
)
_DebtCollectionConfigurationDebtCollectionType_BY_VALUE = enum_members(DebtCollectionConfigurationDebtCollectionType)
_DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure_BY_VALUE = enum_members(
    DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure
)
_DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection_BY_VALUE = enum_members(
    DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection
)
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


def _parse_debt_collection_type(d: dict[str, Any]) -> DebtCollectionConfigurationDebtCollectionType | Unset:
    _source = d.get("debtCollectionType", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _DebtCollectionConfigurationDebtCollectionType_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return DebtCollectionConfigurationDebtCollectionType(_source)


def _parse_derecognize_remaining_debts_on_closure(
    d: dict[str, Any],
) -> DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure | Unset:
    _source = d.get("derecognizeRemainingDebtsOnClosure", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return DebtCollectionConfigurationDerecognizeRemainingDebtsOnClosure(_source)


def _parse_derecognize_remaining_debts_on_rejection(
    d: dict[str, Any],
) -> DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection | Unset:
    _source = d.get("derecognizeRemainingDebtsOnRejection", UNSET)
    if _source is UNSET or _source is None:  # null in an optional field reads as absent
        return UNSET
    try:
        return _DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection_BY_VALUE[_source]
    except (KeyError, TypeError):  # an unknown value (kept by the open enum), or junk (refused)
        return DebtCollectionConfigurationDerecognizeRemainingDebtsOnRejection(_source)


def _parse_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C: no key the spec does not know
        return {}
    return {k: v for k, v in d.items() if k not in _KNOWN_KEYS}


install_lazy_fields(
    DebtCollectionConfiguration,
    (
        ("client", "client", _parse_client, None),
        ("debt_collection_type", "debtCollectionType", _parse_debt_collection_type, None),
        (
            "derecognize_remaining_debts_on_closure",
            "derecognizeRemainingDebtsOnClosure",
            _parse_derecognize_remaining_debts_on_closure,
            None,
        ),
        (
            "derecognize_remaining_debts_on_rejection",
            "derecognizeRemainingDebtsOnRejection",
            _parse_derecognize_remaining_debts_on_rejection,
            None,
        ),
        ("additional_properties", "*", _parse_additional_properties, _KNOWN_KEYS),
    ),
)

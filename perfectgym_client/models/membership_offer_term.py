from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_volume import ContractVolume
    from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency
    from ..models.term import Term


T = TypeVar("T", bound="MembershipOfferTerm")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "term",
        "contractVolumeInformation",
        "extensionTerm",
    }
)


@_attrs_define
class MembershipOfferTerm:
    """
    Attributes:
        id (int): Unique identifier of the membership offer term Example: 1234567890.
        payment_frequency (MembershipOfferPaymentFrequency): Represents the payment frequency
        term (Term | Unset): Represents a term
        contract_volume_information (ContractVolume | Unset):
        extension_term (Term | Unset): Represents a term
    """

    id: int
    payment_frequency: MembershipOfferPaymentFrequency
    term: Term | Unset = UNSET
    contract_volume_information: ContractVolume | Unset = UNSET
    extension_term: Term | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        payment_frequency = self.payment_frequency.to_dict()

        term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term, Unset):
            term = self.term.to_dict()

        contract_volume_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_volume_information, Unset):
            contract_volume_information = self.contract_volume_information.to_dict()

        extension_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extension_term, Unset):
            extension_term = self.extension_term.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "paymentFrequency": payment_frequency,
            }
        )
        if term is not UNSET:
            field_dict["term"] = term
        if contract_volume_information is not UNSET:
            field_dict["contractVolumeInformation"] = contract_volume_information
        if extension_term is not UNSET:
            field_dict["extensionTerm"] = extension_term

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_volume import ContractVolume  # noqa: PLC0415
        from ..models.membership_offer_payment_frequency import MembershipOfferPaymentFrequency  # noqa: PLC0415
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        payment_frequency = MembershipOfferPaymentFrequency.from_dict(d.pop("paymentFrequency"))

        _term = d.pop("term", UNSET)
        term: Term | Unset
        if isinstance(_term, Unset):
            term = UNSET
        else:
            term = Term.from_dict(_term)

        _contract_volume_information = d.pop("contractVolumeInformation", UNSET)
        contract_volume_information: ContractVolume | Unset
        if isinstance(_contract_volume_information, Unset):
            contract_volume_information = UNSET
        else:
            contract_volume_information = ContractVolume.from_dict(_contract_volume_information)

        _extension_term = d.pop("extensionTerm", UNSET)
        extension_term: Term | Unset
        if isinstance(_extension_term, Unset):
            extension_term = UNSET
        else:
            extension_term = Term.from_dict(_extension_term)

        _obj = cls(
            id=id,
            payment_frequency=payment_frequency,
            term=term,
            contract_volume_information=contract_volume_information,
            extension_term=extension_term,
        )

        _obj.additional_properties = d
        return _obj

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

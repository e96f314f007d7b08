from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.membership_signup_contract import MembershipSignupContract
    from ..models.membership_signup_customer import MembershipSignupCustomer


T = TypeVar("T", bound="MembershipSignupRequest")


@_attrs_define
class MembershipSignupRequest:
    """
    Attributes:
        contract (MembershipSignupContract): The contract information used for the membership signup
        customer (MembershipSignupCustomer): The customer information used for the membership signup
    """

    contract: MembershipSignupContract
    customer: MembershipSignupCustomer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract = self.contract.to_dict()

        customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract": contract,
                "customer": customer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_signup_contract import MembershipSignupContract  # noqa: PLC0415
        from ..models.membership_signup_customer import MembershipSignupCustomer  # noqa: PLC0415

        d = dict(src_dict)
        contract = MembershipSignupContract.from_dict(d.pop("contract"))

        customer = MembershipSignupCustomer.from_dict(d.pop("customer"))

        _obj = cls(
            contract=contract,
            customer=customer,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_pre_use_type import ContractPreUseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_period import DatePeriod
    from ..models.membership_offer_term import MembershipOfferTerm
    from ..models.rate_code import RateCode


T = TypeVar("T", bound="MembershipOffer")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "subDescription",
        "imageUrl",
        "footnote",
    }
)


@_attrs_define
class MembershipOffer:
    """
    Attributes:
        id (int): Unique identifier for the membership offer
        description (str): Description of the membership offer Example: This offer includes access to all gym facilities
            and group classes..
        name (str): Name of the membership offer Example: Standard Membership.
        pre_use_type (ContractPreUseType):
        limited_offering_period (DatePeriod): Period in which the membership offer is valid
        rate_codes (list[RateCode]): Rate codes of the membership offer
        terms (list[MembershipOfferTerm]): List of terms that are part of this membership offer
        sub_description (str | Unset): Sub description for the membership offer Example: Best value for regular gym-
            goers..
        image_url (str | Unset): Temporary valid download link for rate bundle image. Expires after 2 hours. Example:
            https://example.com.
        footnote (str | Unset): Contractual or legal comments to be displayed below the offer Example: This offer is
            valid for new members only. Terms and conditions apply..
    """

    id: int
    description: str
    name: str
    pre_use_type: ContractPreUseType
    limited_offering_period: DatePeriod
    rate_codes: list[RateCode]
    terms: list[MembershipOfferTerm]
    sub_description: str | Unset = UNSET
    image_url: str | Unset = UNSET
    footnote: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        name = self.name

        pre_use_type = self.pre_use_type.value

        limited_offering_period = self.limited_offering_period.to_dict()

        rate_codes = []
        for rate_codes_item_data in self.rate_codes:
            rate_codes_item = rate_codes_item_data.to_dict()
            rate_codes.append(rate_codes_item)

        terms = []
        for terms_item_data in self.terms:
            terms_item = terms_item_data.to_dict()
            terms.append(terms_item)

        sub_description = self.sub_description

        image_url = self.image_url

        footnote = self.footnote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "name": name,
                "preUseType": pre_use_type,
                "limitedOfferingPeriod": limited_offering_period,
                "rateCodes": rate_codes,
                "terms": terms,
            }
        )
        if sub_description is not UNSET:
            field_dict["subDescription"] = sub_description
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if footnote is not UNSET:
            field_dict["footnote"] = footnote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_period import DatePeriod  # noqa: PLC0415
        from ..models.membership_offer_term import MembershipOfferTerm  # noqa: PLC0415
        from ..models.rate_code import RateCode  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        id = d.pop("id")

        description = d.pop("description")

        name = d.pop("name")

        pre_use_type = ContractPreUseType(d.pop("preUseType"))

        limited_offering_period = DatePeriod.from_dict(d.pop("limitedOfferingPeriod"))

        rate_codes = []
        _rate_codes = d.pop("rateCodes")
        for rate_codes_item_data in _rate_codes:
            rate_codes_item = RateCode.from_dict(rate_codes_item_data)

            rate_codes.append(rate_codes_item)

        terms = []
        _terms = d.pop("terms")
        for terms_item_data in _terms:
            terms_item = MembershipOfferTerm.from_dict(terms_item_data)

            terms.append(terms_item)

        sub_description = d.pop("subDescription", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        footnote = d.pop("footnote", UNSET)

        _obj = cls(
            id=id,
            description=description,
            name=name,
            pre_use_type=pre_use_type,
            limited_offering_period=limited_offering_period,
            rate_codes=rate_codes,
            terms=terms,
            sub_description=sub_description,
            image_url=image_url,
            footnote=footnote,
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

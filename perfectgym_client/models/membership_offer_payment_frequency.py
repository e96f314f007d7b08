from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_offer_payment_frequency_type import MembershipOfferPaymentFrequencyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_offer_module_age_based_adjustment import MembershipOfferModuleAgeBasedAdjustment
    from ..models.membership_offer_month_day_to_price import MembershipOfferMonthDayToPrice
    from ..models.membership_offer_term_to_price import MembershipOfferTermToPrice
    from ..models.money import Money
    from ..models.term import Term


T = TypeVar("T", bound="MembershipOfferPaymentFrequency")

# Optional fields where a JSON null means "absent" (see from_dict).
_NULL_MEANS_ABSENT = frozenset(
    {
        "id",
        "price",
        "monthDaysToPrices",
        "termsToPrices",
        "recurring",
        "ageBasedAdjustments",
        "term",
    }
)


@_attrs_define
class MembershipOfferPaymentFrequency:
    """Represents the payment frequency

    Attributes:
        type_ (MembershipOfferPaymentFrequencyType): Payment frequency type of a contract
        formatted_payment_frequency (str): The formatted payment frequency Example: Every 6 months.
        id (int | Unset): The unique identifier of the payment frequency. ( possible for starter package) Example:
            1234567890.
        price (Money | Unset): Base price of the contract
        month_days_to_prices (list[MembershipOfferMonthDayToPrice] | Unset): Prices per day of the year (MONTH_DAY)
        terms_to_prices (list[MembershipOfferTermToPrice] | Unset): Prices per term (TERM_BASED); each price applies
            after its term has passed
        recurring (bool | Unset): Whether the payment cycle repeats (TERM_BASED and MONTH_DAY only)
        age_based_adjustments (list[MembershipOfferModuleAgeBasedAdjustment] | Unset): List of age-based adjustments for
            the membership offer module
        term (Term | Unset): Represents a term
    """

    type_: MembershipOfferPaymentFrequencyType
    formatted_payment_frequency: str
    id: int | Unset = UNSET
    price: Money | Unset = UNSET
    month_days_to_prices: list[MembershipOfferMonthDayToPrice] | Unset = UNSET
    terms_to_prices: list[MembershipOfferTermToPrice] | Unset = UNSET
    recurring: bool | Unset = UNSET
    age_based_adjustments: list[MembershipOfferModuleAgeBasedAdjustment] | Unset = UNSET
    term: Term | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        formatted_payment_frequency = self.formatted_payment_frequency

        id = self.id

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        month_days_to_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.month_days_to_prices, Unset):
            month_days_to_prices = []
            for month_days_to_prices_item_data in self.month_days_to_prices:
                month_days_to_prices_item = month_days_to_prices_item_data.to_dict()
                month_days_to_prices.append(month_days_to_prices_item)

        terms_to_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.terms_to_prices, Unset):
            terms_to_prices = []
            for terms_to_prices_item_data in self.terms_to_prices:
                terms_to_prices_item = terms_to_prices_item_data.to_dict()
                terms_to_prices.append(terms_to_prices_item)

        recurring = self.recurring

        age_based_adjustments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.age_based_adjustments, Unset):
            age_based_adjustments = []
            for age_based_adjustments_item_data in self.age_based_adjustments:
                age_based_adjustments_item = age_based_adjustments_item_data.to_dict()
                age_based_adjustments.append(age_based_adjustments_item)

        term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term, Unset):
            term = self.term.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "formattedPaymentFrequency": formatted_payment_frequency,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if price is not UNSET:
            field_dict["price"] = price
        if month_days_to_prices is not UNSET:
            field_dict["monthDaysToPrices"] = month_days_to_prices
        if terms_to_prices is not UNSET:
            field_dict["termsToPrices"] = terms_to_prices
        if recurring is not UNSET:
            field_dict["recurring"] = recurring
        if age_based_adjustments is not UNSET:
            field_dict["ageBasedAdjustments"] = age_based_adjustments
        if term is not UNSET:
            field_dict["term"] = term

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_offer_module_age_based_adjustment import MembershipOfferModuleAgeBasedAdjustment  # noqa: PLC0415
        from ..models.membership_offer_month_day_to_price import MembershipOfferMonthDayToPrice  # noqa: PLC0415
        from ..models.membership_offer_term_to_price import MembershipOfferTermToPrice  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.term import Term  # noqa: PLC0415

        d = dict(src_dict)
        if None in d.values():  # ours: null in an optional field reads as absent
            d = {k: v for k, v in d.items() if v is not None or k not in _NULL_MEANS_ABSENT}
        type_ = MembershipOfferPaymentFrequencyType(d.pop("type"))

        formatted_payment_frequency = d.pop("formattedPaymentFrequency")

        id = d.pop("id", UNSET)

        _price = d.pop("price", UNSET)
        price: Money | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Money.from_dict(_price)

        _month_days_to_prices = d.pop("monthDaysToPrices", UNSET)
        month_days_to_prices: list[MembershipOfferMonthDayToPrice] | Unset = UNSET
        if _month_days_to_prices is not UNSET:
            month_days_to_prices = []
            for month_days_to_prices_item_data in _month_days_to_prices:
                month_days_to_prices_item = MembershipOfferMonthDayToPrice.from_dict(month_days_to_prices_item_data)

                month_days_to_prices.append(month_days_to_prices_item)

        _terms_to_prices = d.pop("termsToPrices", UNSET)
        terms_to_prices: list[MembershipOfferTermToPrice] | Unset = UNSET
        if _terms_to_prices is not UNSET:
            terms_to_prices = []
            for terms_to_prices_item_data in _terms_to_prices:
                terms_to_prices_item = MembershipOfferTermToPrice.from_dict(terms_to_prices_item_data)

                terms_to_prices.append(terms_to_prices_item)

        recurring = d.pop("recurring", UNSET)

        _age_based_adjustments = d.pop("ageBasedAdjustments", UNSET)
        age_based_adjustments: list[MembershipOfferModuleAgeBasedAdjustment] | Unset = UNSET
        if _age_based_adjustments is not UNSET:
            age_based_adjustments = []
            for age_based_adjustments_item_data in _age_based_adjustments:
                age_based_adjustments_item = MembershipOfferModuleAgeBasedAdjustment.from_dict(
                    age_based_adjustments_item_data
                )

                age_based_adjustments.append(age_based_adjustments_item)

        _term = d.pop("term", UNSET)
        term: Term | Unset
        if isinstance(_term, Unset):
            term = UNSET
        else:
            term = Term.from_dict(_term)

        _obj = cls(
            type_=type_,
            formatted_payment_frequency=formatted_payment_frequency,
            id=id,
            price=price,
            month_days_to_prices=month_days_to_prices,
            terms_to_prices=terms_to_prices,
            recurring=recurring,
            age_based_adjustments=age_based_adjustments,
            term=term,
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

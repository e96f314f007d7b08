"""Generated models read what a newer API version sends (generator-templates/ at work).

The ergonomic client's tests feed the same cases through the public API; these pin the
behaviour at the model level, where the templates put it.
"""

from __future__ import annotations

from perfectgym_client.models import Customer, CustomerGender, CustomerStatus
from perfectgym_client.types import UNSET, OpenStrEnum


def test_unknown_enum_value_is_kept_and_marked() -> None:
    status = CustomerStatus("SUSPENDED_FOREVER")
    assert isinstance(status, CustomerStatus) and isinstance(status, OpenStrEnum)
    assert status.is_unknown
    assert status == "SUSPENDED_FOREVER" and status.value == "SUSPENDED_FOREVER"
    assert "unknown" in repr(status)
    assert not CustomerStatus.MEMBER.is_unknown
    assert CustomerStatus("MEMBER") is CustomerStatus.MEMBER
    assert list(CustomerStatus) == [CustomerStatus.FORMER_MEMBER, CustomerStatus.MEMBER, CustomerStatus.PROSPECT]


def test_unknown_value_of_the_wrong_type_still_fails() -> None:
    try:
        CustomerStatus(42)  # type: ignore[arg-type]
    except ValueError:
        pass
    else:
        raise AssertionError("an int is not a customer status")


def test_null_optional_fields_read_as_absent_and_unknown_fields_are_kept() -> None:
    wire = {
        "id": 7,
        "status": "BRAND_NEW",
        "accessRefusal": False,
        "gender": None,
        "dateOfBirth": None,
        "accessRestrictions": None,
        "loyaltyTier": {"level": 3},
        "futureFlag": None,
    }
    customer = Customer.from_dict(wire)
    assert customer.gender is UNSET and customer.date_of_birth is UNSET and customer.access_restrictions is UNSET
    assert customer.status.is_unknown
    assert customer.additional_properties == {"loyaltyTier": {"level": 3}, "futureFlag": None}
    assert customer.to_dict() == {
        "id": 7,
        "status": "BRAND_NEW",
        "accessRefusal": False,
        "loyaltyTier": {"level": 3},
        "futureFlag": None,
    }


def test_known_values_parse_as_before() -> None:
    customer = Customer.from_dict({"id": 1, "status": "MEMBER", "accessRefusal": True, "gender": "FEMALE"})
    assert customer.status is CustomerStatus.MEMBER and customer.gender is CustomerGender.FEMALE

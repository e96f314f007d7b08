"""Generated models read what a newer API version sends (generator-templates/ at work).

The ergonomic client's tests feed the same cases through the public API; these pin the
behaviour at the model level, where the templates put it. Field names, required keys and
enum values come from the Customer schema of openapi.yaml, so a spec bump moves them.
"""

from __future__ import annotations

from typing import Any

import attrs
from openapi_python_client.strings import snake_case

from perfectgym_client.models import Customer
from perfectgym_client.types import UNSET, OpenStrEnum
from tests.support.spec import load_spec, schema_example
from tools.spec_changes import resolve

SPEC = load_spec()
SCHEMA = SPEC["components"]["schemas"]["Customer"]
REQUIRED = list(SCHEMA["required"])
OPTIONAL = [name for name in SCHEMA["properties"] if name not in REQUIRED]
ENUMS = {name: resolve(sub, SPEC)["enum"] for name, sub in SCHEMA["properties"].items() if "enum" in resolve(sub, SPEC)}
STATUS = next(iter(ENUMS))  # the first enum property of Customer


def _attribute(wire_name: str) -> str:
    name = snake_case(wire_name)
    assert name in attrs.fields_dict(Customer), name
    return name


def _enum_class(wire_name: str) -> Any:
    return type(getattr(Customer.from_dict({wire_name: ENUMS[wire_name][0]}), _attribute(wire_name)))


def _required_only() -> dict[str, Any]:
    example = schema_example("Customer")
    return {name: example[name] for name in REQUIRED}


def test_unknown_enum_value_is_kept_and_marked() -> None:
    enum = _enum_class(STATUS)
    status = enum("SUSPENDED_FOREVER")
    assert isinstance(status, enum) and isinstance(status, OpenStrEnum)
    assert status.is_unknown
    assert status == "SUSPENDED_FOREVER" and status.value == "SUSPENDED_FOREVER"
    assert "unknown" in repr(status)
    known = ENUMS[STATUS][0]
    assert enum(known) in list(enum) and not enum(known).is_unknown
    assert sorted(member.value for member in enum) == sorted(ENUMS[STATUS])  # the spec's values, nothing else


def test_unknown_value_of_the_wrong_type_still_fails() -> None:
    try:
        _enum_class(STATUS)(42)
    except ValueError:
        pass
    else:
        raise AssertionError("an int is not a value of a string enum")


def test_null_optional_fields_read_as_absent_and_unknown_fields_are_kept() -> None:
    null_means_absent = [
        name for name in OPTIONAL if name != STATUS and not resolve(SCHEMA["properties"][name], SPEC).get("nullable")
    ]
    wire = _required_only() | {STATUS: "BRAND_NEW"} | dict.fromkeys(null_means_absent) | {"loyaltyTier": {"level": 3}}
    wire["futureFlag"] = None
    customer = Customer.from_dict(wire)
    assert all(getattr(customer, _attribute(name)) is UNSET for name in null_means_absent)
    assert getattr(customer, _attribute(STATUS)).is_unknown
    assert customer.additional_properties == {"loyaltyTier": {"level": 3}, "futureFlag": None}
    expected = _required_only() | {STATUS: "BRAND_NEW", "loyaltyTier": {"level": 3}, "futureFlag": None}
    assert customer.to_dict() == expected


def test_known_values_parse_as_before() -> None:
    wire = _required_only() | {name: values[-1] for name, values in ENUMS.items()}
    customer = Customer.from_dict(wire)
    for name, values in ENUMS.items():
        value = getattr(customer, _attribute(name))
        assert value == values[-1] and value in list(type(value)) and not value.is_unknown

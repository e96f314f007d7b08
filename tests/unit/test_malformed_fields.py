"""A field the API sends malformed raises a typed error naming it; repr, == and pickling survive it.

Field names come from the Customer schema of openapi.yaml (its first date, enum, nested
object and array-of-objects properties), so a spec bump moves the cases with it.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from typing import Any

import attrs
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import snake_case

import perfectgym
from perfectgym_client.errors import MalformedFieldError, PerfectGymError, UnexpectedStatus
from perfectgym_client.models import Customer
from perfectgym_client.types import UNSET, parse_lazy_field
from tests.support.fakes import BASE_URL, make_client
from tests.support.spec import load_spec, schema_example
from tools.spec_changes import resolve

CUSTOMER_URL = f"{BASE_URL}/v1/customers/42"
_SPEC = load_spec()
_PROPERTIES: dict[str, Any] = _SPEC["components"]["schemas"]["Customer"]["properties"]


def _resolved(wire_name: str) -> dict[str, Any]:
    return dict(resolve(_PROPERTIES[wire_name], _SPEC))


def _first_property(test: Callable[[dict[str, Any]], bool]) -> str:
    return next(name for name in _PROPERTIES if test(_resolved(name)))


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type", "object") == "object" and "properties" in schema


DATE = _first_property(lambda s: s.get("format") == "date")
ENUM = _first_property(lambda s: "enum" in s)
OBJECT = _first_property(lambda s: _is_object(s) and bool(s.get("required")))
OBJECT_LIST = _first_property(lambda s: s.get("type") == "array" and _is_object(dict(resolve(s["items"], _SPEC))))
TYPED = [  # every property whose parsing can fail: dates, enums, nested objects, arrays
    name
    for name in _PROPERTIES
    if "enum" in (s := _resolved(name)) or s.get("format") in ("date", "date-time") or _is_object(s) or "items" in s
]


def python_name(wire_name: str) -> str:
    """The attribute the generator made of a wire name (checked against the generated model)."""
    name = snake_case(wire_name)
    assert name in attrs.fields_dict(Customer), name
    return name


def customer_body(**overrides: Any) -> dict[str, Any]:
    return schema_example("Customer") | {"id": 42} | overrides


async def fetch_customer(body: dict[str, Any], **options: Any) -> Customer:
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(200, json=body)
        async with make_client(**options) as client:
            return await client.customers.get_customer_by_id(42)


@pytest.mark.asyncio
async def test_reading_a_malformed_date_raises_malformed_field_error_naming_model_field_and_value() -> None:
    customer = await fetch_customer(customer_body(**{DATE: "2024-13-45"}))
    field = python_name(DATE)
    with pytest.raises(MalformedFieldError) as info:
        getattr(customer, field)
    error = info.value
    assert (error.model, error.field, error.wire_name, error.value) == ("Customer", field, DATE, "2024-13-45")
    assert str(error).startswith(f"Customer.{field} ({DATE}): malformed value '2024-13-45': ")
    assert error.reason and error.reason in str(error)
    assert isinstance(error, PerfectGymError) and isinstance(error, ValueError)


JUNK_BY_KIND = [
    pytest.param(DATE, 19520504, "TypeError", id="date-not-a-string"),
    pytest.param(ENUM, 42, "not a valid", id="enum-not-a-string"),
    pytest.param(OBJECT, "not an object", "expected a JSON object", id="object-not-an-object"),
    pytest.param(OBJECT, ["ab", "cd"], "expected a JSON object", id="object-a-list-of-pairs"),
    pytest.param(OBJECT_LIST, "not a list", "expected a JSON array", id="array-not-an-array"),
    pytest.param(OBJECT_LIST, [7], "expected a JSON object", id="array-item-not-an-object"),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("wire_name", "junk", "reason"), JUNK_BY_KIND)
async def test_every_kind_of_typed_field_raises_malformed_field_error_on_junk(
    wire_name: str, junk: Any, reason: str
) -> None:
    customer = await fetch_customer(customer_body(**{wire_name: junk}))
    with pytest.raises(MalformedFieldError) as info:
        getattr(customer, python_name(wire_name))
    assert (info.value.field, info.value.wire_name, info.value.value) == (python_name(wire_name), wire_name, junk)
    assert reason in info.value.reason


@pytest.mark.asyncio
async def test_nested_object_missing_a_required_key_reads_and_that_key_raises_when_read_naming_it() -> None:
    customer = await fetch_customer(customer_body(**{OBJECT: {}}))
    nested = getattr(customer, python_name(OBJECT))  # another API version may omit it: only its reader fails
    key = _resolved(OBJECT)["required"][0]
    with pytest.raises(MalformedFieldError) as info:
        getattr(nested, snake_case(key))
    assert (info.value.model, info.value.wire_name, info.value.value) == (type(nested).__name__, key, UNSET)
    assert info.value.reason == f"missing required key {key!r}"
    assert customer.to_dict()[OBJECT] == {}  # written as received: storing the record never fails


def test_a_malformed_field_error_from_a_nested_model_propagates_unchanged() -> None:
    inner = MalformedFieldError("Inner", "when", "when", "junk", "bad")

    def parse(_: dict[str, Any]) -> Any:
        raise inner

    with pytest.raises(MalformedFieldError) as info:
        parse_lazy_field("Outer", "inner", "inner", parse, {"inner": {"when": "junk"}})
    assert info.value is inner


@pytest.mark.asyncio
async def test_repr_shows_malformed_fields_as_a_marker_and_every_other_field_as_attrs_did() -> None:
    customer = await fetch_customer(customer_body(**{DATE: "2024-13-45", ENUM: 42}))
    bad = {python_name(DATE): "<malformed: '2024-13-45'>", python_name(ENUM): "<malformed: 42>"}
    expected = ", ".join(
        f"{a.name}={bad[a.name] if a.name in bad else repr(getattr(customer, a.name))}" for a in attrs.fields(Customer)
    )
    assert repr(customer) == f"Customer({expected})"


@pytest.mark.asyncio
async def test_to_dict_writes_a_malformed_field_as_received_and_reading_it_still_raises() -> None:
    body = customer_body(**{DATE: "2024-13-45"})
    customer = await fetch_customer(body)
    assert customer.to_dict() == body
    with pytest.raises(MalformedFieldError) as info:
        getattr(customer, python_name(DATE))
    assert (info.value.field, info.value.value) == (python_name(DATE), "2024-13-45")


def test_equality_compares_malformed_fields_by_raw_value_without_raising() -> None:
    def parsed(value: Any) -> Customer:
        return Customer.from_dict(customer_body(**{DATE: value}))

    assert parsed("2024-13-45") == parsed("2024-13-45")
    assert parsed("2024-13-45") != parsed("2024-13-46")
    assert parsed("2024-13-45") != parsed("2024-01-31")


def test_a_model_built_by_init_compares_and_reprs_like_its_parsed_twin() -> None:
    wire = Customer.from_dict(customer_body())
    built = Customer(**{a.name: getattr(wire, a.name) for a in attrs.fields(Customer) if a.init})
    built.additional_properties = wire.additional_properties
    assert built == wire and repr(built) == repr(wire)
    assert built != Customer.from_dict(customer_body(**{DATE: "2024-13-45"}))


@pytest.mark.asyncio
async def test_malformed_field_error_pickles_with_type_attributes_and_message() -> None:
    customer = await fetch_customer(customer_body(**{DATE: "2024-13-45"}))
    with pytest.raises(MalformedFieldError) as info:
        getattr(customer, python_name(DATE))
    error = info.value
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is MalformedFieldError
    assert vars(copy) == vars(error) and copy.args == error.args and str(copy) == str(error)


def test_unexpected_status_pickles_with_its_attributes_and_message() -> None:
    error = UnexpectedStatus(302, b"moved")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is UnexpectedStatus
    assert (copy.status_code, copy.content, str(copy)) == (302, b"moved", str(error))


def test_the_message_truncates_a_long_value_but_the_attribute_keeps_it_whole() -> None:
    junk = "x" * 10_000
    with pytest.raises(MalformedFieldError) as info:
        _ = Customer.from_dict(customer_body(**{DATE: junk})).date_of_birth
    assert info.value.value == junk
    assert len(str(info.value)) < 600


@pytest.mark.asyncio
async def test_validated_responses_turn_a_malformed_field_into_api_response_validation_error() -> None:
    with pytest.raises(perfectgym.APIResponseValidationError) as info:
        await fetch_customer(customer_body(**{DATE: "2024-13-45"}), validate_responses=True)
    cause = info.value.__cause__
    assert isinstance(cause, MalformedFieldError) and cause.field == python_name(DATE)


json_junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(wire_name=st.sampled_from(TYPED), junk=json_junk)
def test_any_json_junk_in_a_typed_field_reads_or_raises_malformed_field_error_and_repr_survives(
    wire_name: str, junk: Any
) -> None:
    body = customer_body(**{wire_name: junk})
    customer = Customer.from_dict(body)
    field = python_name(wire_name)
    try:
        getattr(customer, field)
    except MalformedFieldError as error:
        assert (error.model, error.field, error.wire_name) == ("Customer", field, wire_name)
        assert error.value is junk
        malformed = True
    else:
        malformed = False
    text = repr(customer)
    assert (f"{field}=<malformed: " in text) == malformed
    assert customer == Customer.from_dict(body)
    if malformed:  # written as received (compared as JSON text: NaN is not equal to itself)
        assert json.dumps(customer.to_dict()[wire_name]) == json.dumps(junk)


SCALARS = {  # the first property of each JSON scalar type, from the spec
    kind: _first_property(
        lambda s, kind=kind: s.get("type") == kind and "enum" not in s and s.get("format") in (None, "int32", "int64")
    )
    for kind in ("string", "integer", "boolean")
}
WRONG_SCALAR = {"string": 5, "integer": "abc", "boolean": "false"}


@pytest.mark.asyncio
@pytest.mark.parametrize("kind", sorted(SCALARS))
async def test_a_scalar_field_of_the_wrong_json_type_is_malformed_not_silently_kept(kind: str) -> None:
    wire_name, junk = SCALARS[kind], WRONG_SCALAR[kind]
    customer = await fetch_customer(customer_body(**{wire_name: junk}))
    with pytest.raises(MalformedFieldError) as info:
        getattr(customer, python_name(wire_name))
    assert info.value.value == junk and f"expected a JSON {kind}" in info.value.reason
    with pytest.raises(perfectgym.APIResponseValidationError):
        await fetch_customer(customer_body(**{wire_name: junk}), validate_responses=True)


def test_a_bool_is_not_an_integer_and_an_integer_is_a_number() -> None:
    integer = SCALARS["integer"]
    with pytest.raises(MalformedFieldError):
        getattr(Customer.from_dict(customer_body(**{integer: True})), python_name(integer))
    assert getattr(Customer.from_dict(customer_body(**{integer: 7})), python_name(integer)) == 7

"""An old SDK meets a newer (or older) server: unknown enum values are logged, missing required fields fail late.

Tenants run different API versions. A response without a property the spec marks required
fails only the read of that field (MalformedFieldError), never the whole call, unless the
client asked for strictness (validate_responses=True). An enum value this version does not
know is kept and logged once per enum at INFO, so a team hears of it before an exhaustive
``match`` breaks. Schemas, required keys and enum values come from openapi.yaml.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import pytest
import respx
from openapi_python_client.strings import snake_case

import perfectgym
from perfectgym import APIResponseValidationError, InvalidRequestError, PaginationError
from perfectgym_client import types as generated_types
from perfectgym_client.errors import MalformedFieldError
from perfectgym_client.models import Customer
from perfectgym_client.types import UNSET, OpenStrEnum
from tests.contract.arguments import arguments_for
from tests.support.calls import call_operation, mocked_api, raw_method
from tests.support.fakes import BASE_URL, make_client
from tests.support.spec import load_spec, schema_example
from tools.spec_changes import collect_operations, resolve

SPEC = load_spec()
CUSTOMER = SPEC["components"]["schemas"]["Customer"]
CUSTOMER_URL = f"{BASE_URL}/v1/customers/42"
# a required property the example sets; the others must still read when it is absent
MISSING = CUSTOMER["required"][-1]
ENUM_FIELD = next(name for name, sub in CUSTOMER["properties"].items() if "enum" in resolve(sub, SPEC))
ENUM_VALUES = [str(value) for value in resolve(CUSTOMER["properties"][ENUM_FIELD], SPEC)["enum"]]


def _customer_without(wire_name: str) -> dict[str, Any]:
    body = schema_example("Customer") | {"id": 42}
    del body[wire_name]
    return body


def _attribute(model: type, wire_name: str) -> str:
    name = snake_case(wire_name)
    assert name in attrs.fields_dict(model), name
    return name


async def _get_customer(body: Mapping[str, Any], **options: Any) -> Customer:
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(200, json=dict(body))
        async with make_client(**options) as client:
            return await client.customers.get_customer_by_id(42)


@pytest.mark.asyncio
async def test_a_response_missing_a_required_property_returns_and_only_reading_that_field_fails() -> None:
    customer = await _get_customer(_customer_without(MISSING))
    for other in CUSTOMER["properties"]:
        if other != MISSING:
            getattr(customer, _attribute(Customer, other))  # every other field reads
    field = _attribute(Customer, MISSING)
    with pytest.raises(MalformedFieldError) as info:
        getattr(customer, field)
    error = info.value
    assert (error.model, error.field, error.wire_name, error.value) == ("Customer", field, MISSING, UNSET)
    assert error.reason == f"missing required key {MISSING!r}" and error.reason in str(error)
    assert f"{field}=<missing>" in repr(customer)


@pytest.mark.asyncio
async def test_validate_responses_still_refuses_a_response_missing_a_required_property() -> None:
    with pytest.raises(APIResponseValidationError) as info:
        await _get_customer(_customer_without(MISSING), validate_responses=True)
    cause = info.value.__cause__
    assert isinstance(cause, MalformedFieldError) and (cause.wire_name, cause.value) == (MISSING, UNSET)


@pytest.mark.asyncio
async def test_a_slice_missing_has_next_is_a_pagination_error_naming_it_not_a_silent_stop() -> None:
    with respx.mock() as router:
        router.get(f"{BASE_URL}/v1/customers").respond(200, json={"result": [], "offset": "0"})
        async with make_client() as client:
            with pytest.raises(PaginationError, match="missing required key 'hasNext'"):
                async for _ in client.customers.iter_customers():
                    pass


def _json_body_with_required_fields() -> tuple[str, Mapping[str, Any]]:
    for operation_id, operation in collect_operations(SPEC).items():
        body = resolve(operation.definition.get("requestBody") or {}, SPEC)
        schema = ((body.get("content") or {}).get("application/json") or {}).get("schema") or {}
        if "$ref" in schema and resolve(schema, SPEC).get("required"):
            return operation_id, resolve(schema, SPEC)
    raise LookupError("no JSON request body of openapi.yaml has a required field")


@pytest.mark.asyncio
async def test_a_model_body_built_without_a_required_field_is_refused_before_sending_naming_it() -> None:
    operation_id, schema = _json_body_with_required_fields()
    valid = arguments_for(operation_id, raw_method(operation_id))
    required = schema["required"][0]
    partial = {key: value for key, value in valid["body"].items() if key != required}
    body = perfectgym.OPERATIONS[operation_id].body_model.from_dict(partial)  # builds: fields parse when read
    with mocked_api() as route:
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match=f"missing required key {required!r}"):
                await call_operation(client, operation_id, valid, body=body)
            with pytest.raises(InvalidRequestError, match=f"body is missing the required field {required!r}"):
                await call_operation(client, operation_id, valid, body=partial)
    assert not route.called


@pytest.fixture
def fresh_enum_log(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Forget the unknown values already logged (they are remembered per process), capture INFO."""
    monkeypatch.setattr(generated_types, "_unknown_values_seen", {})
    with caplog.at_level(logging.INFO, logger="perfectgym"):
        yield


def _enum_records(caplog: pytest.LogCaptureFixture, enum_name: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "perfectgym" and r.getMessage().startswith(f"{enum_name}: ")]


@pytest.mark.asyncio
@pytest.mark.usefixtures("fresh_enum_log")
async def test_an_unknown_enum_value_from_a_response_is_logged_once_at_info_with_the_known_values(
    caplog: pytest.LogCaptureFixture,
) -> None:
    field = _attribute(Customer, ENUM_FIELD)
    for _ in range(3):
        customer = await _get_customer(schema_example("Customer") | {ENUM_FIELD: "VALUE_FROM_THE_FUTURE"})
        value = getattr(customer, field)
        assert value.is_unknown and value == "VALUE_FROM_THE_FUTURE"
    getattr(await _get_customer(schema_example("Customer") | {ENUM_FIELD: ENUM_VALUES[0]}), field)  # known: silent
    enum_name = type(value).__name__
    (record,) = _enum_records(caplog, enum_name)
    assert record.levelno == logging.INFO
    message = record.getMessage()
    assert "'VALUE_FROM_THE_FUTURE'" in message and "kept as is" in message
    assert all(repr(known) in message for known in ENUM_VALUES)


@pytest.mark.usefixtures("fresh_enum_log")
def test_unknown_values_are_logged_once_each_and_an_enum_remembers_a_bounded_number(
    caplog: pytest.LogCaptureFixture,
) -> None:
    enum = type(getattr(Customer.from_dict(schema_example("Customer")), _attribute(Customer, ENUM_FIELD)))
    assert issubclass(enum, OpenStrEnum)
    cap = generated_types.MAX_LOGGED_UNKNOWN_VALUES
    for index in range(cap + 10):
        enum(f"NEW_{index}")
        enum(f"NEW_{index}")
    records = _enum_records(caplog, enum.__name__)
    assert [r.getMessage().split(" ")[3] for r in records[:cap]] == [f"'NEW_{i}'" for i in range(cap)]
    assert len(records) == cap + 1 and "no longer logging" in records[-1].getMessage()
    assert len(generated_types._unknown_values_seen[enum]) == cap + 1

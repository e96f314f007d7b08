"""Calls through the public client: typed results, bodies, typed errors, tolerant parsing."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

import perfectgym
from perfectgym import (
    APIResponseValidationError,
    APIStatusError,
    InvalidRequestError,
    UnexpectedStatusError,
)
from perfectgym_client.models import CardNumberFormat, Customer, CustomerSearchRequest, CustomerStatus
from perfectgym_client.types import UNSET
from tests.support.fakes import API_KEY, BASE_URL, make_client
from tests.support.spec import load_spec, schema_example

CUSTOMER_URL = f"{BASE_URL}/v1/customers/42"


@pytest.mark.asyncio
async def test_get_returns_the_parsed_model_and_sends_key_and_params() -> None:
    body = schema_example("Customer") | {"id": 42}
    with respx.mock(assert_all_called=True) as router:
        route = router.get(CUSTOMER_URL).respond(200, json=body)
        async with make_client() as client:
            customer = await client.customers.get_customer_by_id(
                customer_id=42, card_number_format=CardNumberFormat.DECIMAL
            )
    assert isinstance(customer, Customer) and customer.id == 42
    request = route.calls.last.request
    assert request.method == "GET" and request.url.params["cardNumberFormat"] == "DECIMAL"
    assert request.headers["X-API-KEY"] == API_KEY  # what went over the wire


@pytest.mark.asyncio
async def test_raw_view_returns_status_headers_and_typed_model() -> None:
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(200, json=schema_example("Customer"), headers={"X-Trace-Id": "t-9"})
        async with make_client() as client:
            raw = await client.customers.with_raw_response.get_customer_by_id(42)
    assert raw.status_code == 200 and raw.headers["x-trace-id"] == "t-9" and raw.attempts == 1
    assert isinstance(raw.parsed, Customer)
    assert API_KEY not in str(raw.http_response.request.headers)


@pytest.mark.asyncio
async def test_body_accepts_a_mapping_with_api_field_names_or_the_model() -> None:
    mapping = {"firstName": "Edgar", "lastName": "Bullock", "email": "e@example.com"}
    with respx.mock() as router:
        route = router.post(f"{BASE_URL}/v1/customers/search").respond(200, json=[])
        async with make_client() as client:
            assert await client.customers.search_customers(body=mapping) == []
            await client.customers.search_customers(body=CustomerSearchRequest.from_dict(mapping))
    sent = [json.loads(call.request.content) for call in route.calls]
    assert sent[0] == sent[1]
    assert sent[0]["firstName"] == "Edgar" and sent[0]["email"] == "e@example.com"


@pytest.mark.asyncio
async def test_invalid_body_mapping_is_refused_before_sending() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.put(f"{BASE_URL}/v1/customers/1/access-restrictions").respond(200, json={})
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match="missing the required field 'reason'"):
                await client.customers.with_raw_response.set_access_restriction(1, body={"startDate": "2024-01-01"})
            with pytest.raises(InvalidRequestError, match="must be a AccessRestriction or a mapping"):
                await client.customers.with_raw_response.set_access_restriction(1, body="reason=x")  # type: ignore[arg-type]
    assert not route.called


ERROR_CASES = [
    (400, perfectgym.BadRequestError),
    (401, perfectgym.AuthenticationError),
    (403, perfectgym.PermissionDeniedError),
    (404, perfectgym.NotFoundError),
    (409, perfectgym.ConflictError),
    (429, perfectgym.RateLimitError),
    (500, perfectgym.InternalServerError),
    (503, perfectgym.ServiceUnavailableError),
    (418, perfectgym.UnexpectedStatusError),
    (502, perfectgym.UnexpectedStatusError),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("status", "error_class"), ERROR_CASES)
async def test_each_error_status_raises_its_class_with_the_documented_fields(
    status: int, error_class: type[APIStatusError]
) -> None:
    error = {
        "errorMessage": "Customer not found",
        "errorCode": "customer.notFound",
        "traceId": "trace-123",
        "reference": "customer.id",
        "args": ["42"],
    }
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(status, json=error)
        async with make_client(max_retries=0) as client:
            with pytest.raises(error_class) as info:
                await client.customers.get_customer_by_id(42)
    exc = info.value
    assert type(exc) is error_class and isinstance(exc, APIStatusError) and isinstance(exc, perfectgym.PerfectGymError)
    assert exc.status_code == status
    assert (exc.error_message, exc.error_code, exc.trace_id, exc.reference) == (
        "Customer not found",
        "customer.notFound",
        "trace-123",
        "customer.id",
    )
    assert exc.error_args == ("42",)
    assert (exc.method, exc.path) == ("GET", "/v1/customers/{customerId}")
    assert exc.response.status_code == status
    message = str(exc)
    assert str(status) in message and "Customer not found" in message and "trace-123" in message
    assert API_KEY not in message + repr(exc) + str(exc.response.request.headers)


@pytest.mark.asyncio
async def test_a_non_json_error_body_keeps_its_class_and_raw_text() -> None:
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(404, text="<html>Not Found</html>")
        async with make_client() as client:
            with pytest.raises(perfectgym.NotFoundError) as info:
                await client.customers.get_customer_by_id(42)
    assert info.value.body == "<html>Not Found</html>"
    assert info.value.error_message is None
    assert "<html>Not Found</html>" in str(info.value)


@pytest.mark.asyncio
async def test_newer_api_responses_still_parse() -> None:
    """An unknown enum value, an unknown field and a null optional object, through the public client."""
    body = schema_example("Customer") | {
        "id": 42,
        "status": "PAUSED_BY_AI",
        "loyaltyProgramme": {"tier": "gold"},
        "accessRestrictions": None,
        "preferredLanguage": None,
        "gender": None,
    }
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(200, json=body)
        async with make_client() as client:
            customer = await client.customers.get_customer_by_id(42)
    assert isinstance(customer.status, CustomerStatus) and customer.status.is_unknown
    assert customer.status == "PAUSED_BY_AI"
    assert customer.additional_properties["loyaltyProgramme"] == {"tier": "gold"}
    assert customer.access_restrictions is UNSET and customer.preferred_language is UNSET and customer.gender is UNSET


@pytest.mark.asyncio
async def test_a_success_body_that_breaks_the_model_raises_a_typed_error() -> None:
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(200, json={"firstName": "no id, no status"})
        async with make_client(validate_responses=True) as client:  # strict: missing required keys fail the call
            with pytest.raises(APIResponseValidationError, match="does not match its model") as info:
                await client.customers.get_customer_by_id(42)
    assert info.value.status_code == 200


@pytest.mark.asyncio
async def test_an_undocumented_success_status_raises_a_typed_error() -> None:
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(204)
        async with make_client() as client:
            with pytest.raises(APIResponseValidationError, match="does not document"):
                await client.customers.get_customer_by_id(42)


@pytest.mark.asyncio
async def test_empty_success_body_returns_none() -> None:
    with respx.mock() as router:
        route = router.delete(f"{BASE_URL}/v1/customers/42/access-restrictions").respond(200)
        async with make_client() as client:
            assert await client.customers.delete_access_restriction(42) is None
    assert route.called


@pytest.mark.asyncio
async def test_redirects_are_not_followed_and_surface_as_errors() -> None:
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(302, headers={"Location": "https://elsewhere.example/"})
        async with make_client() as client:
            with pytest.raises(perfectgym.RedirectNotFollowedError) as info:
                await client.customers.get_customer_by_id(42)
    assert info.value.status_code == 302 and info.value.location == "https://elsewhere.example/"
    assert "https://elsewhere.example/" in str(info.value)


def test_status_errors_cover_the_documented_statuses() -> None:
    documented = {400, 401, 403, 404, 409, 429, 500, 503}
    assert {cls.status_code for _, cls in ERROR_CASES if cls is not UnexpectedStatusError} == documented
    assert issubclass(perfectgym.InvalidAccessRestrictionError, ValueError)
    assert httpx  # the transport library is the only one involved


def _first_date_property(schema: str) -> str:
    """The wire name of the schema's first `format: date` property, from the spec."""
    properties = load_spec()["components"]["schemas"][schema]["properties"]
    return next(name for name, definition in properties.items() if definition.get("format") == "date")


@pytest.mark.asyncio
async def test_fields_parse_lazily_unless_responses_are_validated() -> None:
    # Every property the spec's example has (the required ones whatever a bump adds), one date broken.
    body = schema_example("Customer") | {"id": 42, _first_date_property("Customer"): "31.12.1990"}
    with respx.mock() as router:
        router.get(CUSTOMER_URL).respond(200, json=body)
        async with make_client() as client:
            customer = await client.customers.get_customer_by_id(42)
            assert customer.id == 42  # the rest is parsed when read
            with pytest.raises(ValueError, match=r"31\.12\.1990"):
                _ = customer.date_of_birth
        async with make_client(validate_responses=True) as strict:
            with pytest.raises(APIResponseValidationError, match=r"31\.12\.1990"):
                await strict.customers.get_customer_by_id(42)

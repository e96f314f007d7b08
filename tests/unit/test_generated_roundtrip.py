"""One generated operation against a mocked transport: request shape, auth header, parsed model."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
import respx

from perfectgym_client import AuthenticatedClient
from perfectgym_client.api.customers import get_customer_by_id
from perfectgym_client.models import Customer, CustomerStatus, ErrorResponse
from tests.support.spec import example_for, load_spec

BASE_URL = "https://demo.open-api.perfectgym.com"


def _client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE_URL, token="studio-key-123", prefix="", auth_header_name="X-API-KEY")


@pytest.mark.asyncio
async def test_get_customer_by_id_round_trip() -> None:
    body = example_for(load_spec()["components"]["schemas"]["Customer"])
    body["id"] = 4711
    with respx.mock(assert_all_called=True) as router:
        route = router.get(f"{BASE_URL}/v1/customers/4711").mock(return_value=httpx.Response(200, json=body))
        async with _client() as client:
            response = await get_customer_by_id.asyncio_detailed(customer_id=4711, client=client)

    request = route.calls.last.request
    assert request.method == "GET"
    assert request.url.path == "/v1/customers/4711"
    assert request.headers["X-API-KEY"] == "studio-key-123"
    assert response.status_code == 200
    customer = response.parsed
    assert isinstance(customer, Customer)
    assert customer.id == 4711
    assert customer.status == CustomerStatus(body["status"])
    assert customer.first_name == body["firstName"]
    assert customer.date_of_birth == dt.date.fromisoformat(body["dateOfBirth"])
    assert customer.to_dict()["lastName"] == body["lastName"]


@pytest.mark.asyncio
async def test_documented_error_status_parses_into_error_response() -> None:
    error = {"errorMessage": "Customer not found", "errorCode": "customer.notFound", "traceId": "t-1"}
    with respx.mock() as router:
        router.get(f"{BASE_URL}/v1/customers/9").mock(return_value=httpx.Response(404, json=error))
        async with _client() as client:
            parsed = await get_customer_by_id.asyncio(customer_id=9, client=client)
    assert isinstance(parsed, ErrorResponse)
    assert (parsed.error_message, parsed.error_code, parsed.trace_id) == (
        "Customer not found",
        "customer.notFound",
        "t-1",
    )

"""The contract check can fail: broken requests are reported by Prism, broken responses by the SDK."""

from __future__ import annotations

import json

import httpx
import pytest

import perfectgym
from perfectgym import AsyncPerfectGym
from perfectgym_client.models import CardNumberFormat, CustomerSearchRequest
from tests.support.stub_server import stub_server

KEY = {"X-API-KEY": "contract-test-key"}


def _violations(response: httpx.Response) -> list[dict[str, object]]:
    header = response.headers.get("sl-violations")
    return json.loads(header) if header else []


def test_a_missing_required_field_is_a_violation(prism_url: str) -> None:
    response = httpx.put(
        f"{prism_url}/v1/customers/1/access-restrictions", json={"startDate": "2026-01-01"}, headers=KEY
    )
    assert response.status_code >= 400
    assert any("required property 'reason'" in str(v["message"]) for v in _violations(response))


def test_a_wrong_type_is_a_violation(prism_url: str) -> None:
    response = httpx.get(f"{prism_url}/v1/customers", params={"sliceSize": "many"}, headers=KEY)
    assert response.status_code >= 400
    assert any(str(v["location"]).lower().count("slicesize") for v in _violations(response))


def test_a_valid_request_has_no_violation(prism_url: str) -> None:
    response = httpx.put(f"{prism_url}/v1/customers/1/access-restrictions", json={"reason": "x"}, headers=KEY)
    assert response.status_code == 200 and _violations(response) == []


@pytest.mark.asyncio
async def test_a_spec_breaking_call_through_the_sdk_fails_the_check(prism_url: str) -> None:
    """An enum value the spec does not know, constructed explicitly on the model, passes the SDK and is caught by Prism.

    (A plain string "ROT13" in a mapping body is refused by the SDK before sending.)
    """
    body = CustomerSearchRequest(card_number_format=CardNumberFormat("ROT13"))
    async with AsyncPerfectGym(prism_url, "contract-test-key", max_retries=0) as client:
        with pytest.raises(perfectgym.APIStatusError) as info:
            await client.customers.with_raw_response.search_customers(body=body)
    assert any("cardNumberFormat" in str(v["location"]) for v in _violations(info.value.response))


@pytest.mark.asyncio
async def test_a_response_that_breaks_the_model_fails_parsing_with_a_typed_error() -> None:
    broken = json.dumps({"firstName": "no id, no status, no accessRefusal"}).encode()
    with stub_server(200, broken) as url:
        async with AsyncPerfectGym(url, "contract-test-key", max_retries=0, validate_responses=True) as client:
            with pytest.raises(perfectgym.APIResponseValidationError) as info:  # strict, as the contract run is
                await client.customers.get_customer_by_id(customer_id=1)
    assert info.value.status_code == 200 and "getCustomerById" in str(info.value)

"""`client.request(...)`: an endpoint the spec lacks, through the same pipeline; checked before anything is sent."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
import respx

from perfectgym import APIResponseValidationError, InvalidRequestError, NotFoundError, ServiceUnavailableError
from perfectgym.types import Customer
from tests.support.fakes import API_KEY, BASE_URL, make_client
from tests.support.spec import load_spec, schema_example

REQUIRED = set(load_spec()["components"]["schemas"]["Customer"].get("required", ()))
CUSTOMER = {key: value for key, value in schema_example("Customer").items() if key in REQUIRED}


@pytest.mark.asyncio
async def test_a_get_goes_out_with_the_key_encoded_path_params_and_query_and_casts_to_a_model() -> None:
    with respx.mock() as router:
        route = router.get(url__regex=rf"{re.escape(BASE_URL)}/v9/loyalty/.*").respond(200, json=CUSTOMER)
        async with make_client() as client:
            customer = await client.request(
                "GET",
                "/v9/loyalty/{memberId}/points",
                path_params={"memberId": "a/b c"},
                params={"since": 3},
                cast_to=Customer,
            )
    assert isinstance(customer, Customer) and customer.id == CUSTOMER["id"]
    sent = route.calls.last.request
    assert sent.url.raw_path == b"/v9/loyalty/a%2Fb%20c/points?since=3" and sent.headers["X-API-KEY"] == API_KEY


@pytest.mark.asyncio
async def test_retries_errors_and_a_json_body_work_as_for_generated_operations() -> None:
    with respx.mock() as router:
        post = router.post(f"{BASE_URL}/v9/things").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=[1, 2])]
        )
        router.get(f"{BASE_URL}/v9/things/7").respond(404, json={"errorMessage": "no thing"})
        async with make_client(max_retries=2) as client:
            assert await client.request("POST", "/v9/things", json={"a": [1, "x"]}) == [1, 2]
            with pytest.raises(NotFoundError, match="no thing"):
                await client.request("GET", "/v9/things/{id}", path_params={"id": 7})
            with pytest.raises(ServiceUnavailableError):
                router.post(f"{BASE_URL}/v9/other").respond(503)
                await client.request("POST", "/v9/other", json={}, max_retries=0)
    assert post.call_count == 2 and json.loads(post.calls.last.request.content) == {"a": [1, "x"]}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"method": "TRACE", "path": "/v1/x"}, "method must be one of"),
        ({"path": "https://evil.example/v1/x"}, "path must be a path on the studio's base URL"),
        ({"path": "//evil.example/v1/x"}, "path must be a path on the studio's base URL"),
        ({"path": "v1/x"}, "path must be a path"),
        ({"path": "/v1/x?a=1"}, "put query parameters in params="),
        ({"path": "/v1/../admin"}, "'..' segments"),
        ({"path": "/v1/{id}"}, "missing ['id']"),
        ({"path": "/v1/x", "path_params": {"id": 1}}, "not in the path ['id']"),
        ({"path": "/v1/{id}", "path_params": {"id": ".."}}, "must not be '..'"),
        ({"path": "/v1/{id}", "path_params": {"id": True}}, "must be a str or an int"),
        ({"path": "/v1/x", "params": {"a": {"b": 1}}}, "params['a'] must be"),
        ({"path": "/v1/x", "json": {"a": 1}}, "a GET request has no body"),
        ({"method": "POST", "path": "/v1/x", "json": {"a": float("nan")}}, "json"),
        ({"path": "/v1/x", "headers": {"X-API-KEY": "other"}}, "cannot set 'X-API-KEY'"),
        ({"path": "/v1/x", "cast_to": dict}, "cast_to must be a model class"),
        ({"path": "/v1/x", "timeout": -1}, "timeout must be"),
        ({"path": "/v1/{id}", "path_params": {"id": "a\ud800"}}, "not valid Unicode"),
        ({"path": "/v1/x", "params": {"q": "a\udc80"}}, "not valid Unicode"),
        ({"path": "/v1/x", "params": {"\ud800": "a"}}, "not valid Unicode"),
    ],
)
async def test_bad_requests_are_refused_before_anything_is_sent(arguments: dict[str, Any], message: str) -> None:
    call = {"method": "GET"} | arguments
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200, json={})
        async with make_client() as client:
            with pytest.raises(InvalidRequestError, match=re.escape(message)):
                await client.request(call.pop("method"), call.pop("path"), **call)
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_a_body_that_does_not_fit_cast_to_is_a_validation_error() -> None:
    with respx.mock() as router:
        router.get(f"{BASE_URL}/v9/x").respond(200, json=[1])
        router.get(f"{BASE_URL}/v9/empty").respond(204)
        async with make_client() as client:
            with pytest.raises(APIResponseValidationError, match="cast_to needs a JSON object"):
                await client.request("GET", "/v9/x", cast_to=Customer)
            assert await client.request("GET", "/v9/empty") is None

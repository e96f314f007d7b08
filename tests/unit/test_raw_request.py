"""`client.request(...)`: an endpoint the spec lacks, through the same pipeline; checked before anything is sent."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
import respx

from perfectgym import (
    OPERATIONS,
    APIResponseValidationError,
    InvalidRequestError,
    NotFoundError,
    RateBudget,
    ServiceUnavailableError,
)
from perfectgym.hooks import RequestEvent
from perfectgym.types import Customer
from tests.support.fakes import API_KEY, BASE_URL, FakeClock, make_client
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
        ({"path": "/v1/%2e%2e/admin"}, "'..' segments"),
        ({"path": "/v1/.%2E/admin"}, "'..' segments"),
        ({"path": "/v1/%2e/admin"}, "'..' segments"),
        ({"path": "/v1/a%2fb"}, "an encoded '/' or '\\'"),
        ({"path": "/v1/a%5Cb"}, "an encoded '/' or '\\'"),
        ({"path": "/v1/a%zz"}, "'%' must start an escape"),
        ({"path": "/v1/..;/admin"}, "'..' segments"),
        ({"path": "/v1/a%00b"}, "a control character or a second escape"),
        ({"path": "/v1/%252e%252e/admin"}, "a control character or a second escape"),
        ({"path": "/v1/{id}", "path_params": {"id": 10**5000}}, "an integer too large to send"),
        ({"path": "/v1/{id}", "path_params": {"id": "a\x00"}}, "NUL"),
        ({"path": "/v1/x", "params": {"q\x00": "a"}}, "NUL"),
        ({"path": "/v1/x", "params": {"n": [1, 10**5000]}}, "an integer too large to send"),
        ({"path": "/v1/x", "params": {"a": float("nan")}}, "params['a'] must be a finite number"),
        ({"path": "/v1/x", "params": {"a": [1, float("-inf")]}}, "params['a'] must be a finite number"),
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


def _filled(template: str, value: str = "12345") -> str:
    return re.sub(r"\{[^}]+\}", value, template)


@pytest.mark.asyncio
async def test_a_path_of_the_spec_shares_the_generated_methods_budget_and_is_named_by_its_template() -> None:
    """Ids written into the path or filled in, and the generated method: one endpoint for budget, logs and hooks."""
    clock, events = FakeClock(), []
    get_by_id = next(op for op in OPERATIONS.values() if op.method == "GET" and op.path.count("{") == 1)
    placeholder = re.search(r"\{([^}]+)\}", get_by_id.path).group(1)  # type: ignore[union-attr]
    budget = RateBudget(1, 10.0, jitter=0.0)
    with respx.mock() as router:
        router.route().respond(200, json={})
        async with make_client(clock, rate_budget=budget, on_request=events.append) as client:
            await client.request("GET", _filled(get_by_id.path, "41"))
            await client.request("GET", _filled(get_by_id.path, "42"))
            await client.request("GET", get_by_id.path.replace(placeholder, "anyName"), path_params={"anyName": 43})
            # Spellings a server likely routes the same: escaped, other case, a trailing slash.
            literal = next(part for part in get_by_id.path.split("/") if part and "{" not in part and part != "v1")
            await client.request("GET", _filled(get_by_id.path, "44").replace(literal, literal.upper()))
            await client.request(
                "GET", _filled(get_by_id.path, "45").replace(literal, f"%{ord(literal[0]):02x}{literal[1:]}")
            )
            await client.request("GET", _filled(get_by_id.path, "46") + "/")
            await client.request("GET", _filled(get_by_id.path, "47").replace("/v1/", "/v1//"))
            await client.request("GET", _filled(get_by_id.path, "48").replace(literal, literal + ";v=1"))
            parts = get_by_id.path.strip("/").split("/")  # a wrapper's template: every segment a placeholder
            names = [f"p{i}" for i in range(len(parts))]
            template = "/" + "/".join("{" + name + "}" for name in names)
            await client.request("GET", template, path_params=dict(zip(names, [*parts[:-1], "49"], strict=True)))
    assert clock.elapsed == pytest.approx(80.0)  # nine calls, one lane: eight budget intervals apart
    assert {(e.path, e.operation_id) for e in events} == {(get_by_id.path, get_by_id.operation_id)}


@pytest.mark.asyncio
async def test_every_operation_of_the_spec_is_recognised_from_its_filled_path() -> None:
    events: list[RequestEvent] = []
    with respx.mock() as router:
        router.route().respond(200, json={})
        async with make_client(on_request=events.append, rate_budget=None) as client:
            for operation in OPERATIONS.values():
                method = operation.method if operation.method in {"GET", "POST", "PUT", "PATCH", "DELETE"} else "GET"
                await client.request(method, _filled(operation.path))
    recognised = {(e.method, e.path): e.operation_id for e in events}
    expected = {(op.method, op.path): op.operation_id for op in OPERATIONS.values()}
    assert recognised == expected


@pytest.mark.asyncio
async def test_ids_in_a_path_the_spec_lacks_share_one_lane_and_never_reach_hooks() -> None:
    clock, events = FakeClock(), []
    with respx.mock() as router:
        router.route().respond(200, json={})
        async with make_client(clock, rate_budget=RateBudget(1, 10.0, jitter=0.0), on_request=events.append) as client:
            await client.request("GET", "/v9/things/7/parts")
            await client.request("GET", "/v9/things/8/parts")
            await client.request("GET", "/v9/things/0b7c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3/parts")
            await client.request("GET", "/v9/things/{thingId}/parts", path_params={"thingId": 9})
            elapsed_one_lane = clock.elapsed
            await client.request("GET", "/v9/other/7")  # another endpoint: its own lane, no wait
    assert elapsed_one_lane == pytest.approx(30.0) and clock.elapsed == pytest.approx(30.0)
    assert {e.path for e in events} == {"/v9/things/{id}/parts", "/v9/things/{thingId}/parts", "/v9/other/{id}"}
    assert all(e.operation_id is None for e in events)

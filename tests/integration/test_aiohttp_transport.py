"""transport="aiohttp" gives the same results and the same typed errors as the default transport."""

from __future__ import annotations

import contextlib
import http.server
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

import perfectgym
from perfectgym import AsyncPerfectGym, ConfigurationError, RetryPolicy
from perfectgym.testing import LocalTenant
from tests.support.loopback import serving
from tests.support.spec import schema_example

pytest.importorskip("httpx_aiohttp")

TRANSPORTS = ("httpx", "aiohttp")
Call = Callable[[AsyncPerfectGym], Awaitable[Any]]


def _client(url: str, key: str, transport: str, **options: Any) -> AsyncPerfectGym:
    options.setdefault("retry_policy", RetryPolicy(initial_wait=0.01))
    return AsyncPerfectGym(url, key, rate_budget=None, transport=transport, **options)  # type: ignore[arg-type]


def _outcome(value: Any) -> Any:
    """What a caller can see of a result or an error, without per-request noise (trace ids)."""
    if isinstance(value, BaseException):
        seen = {"type": type(value), "may_have_executed": getattr(value, "may_have_executed", None)}
        for name in ("status_code", "error_code", "error_message", "attempts", "location", "limit"):
            seen[name] = getattr(value, name, None)
        return seen
    if isinstance(value, list):
        return [_outcome(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


async def _on_both(url: str, key: str, call: Call, **options: Any) -> list[Any]:
    outcomes = []
    for transport in TRANSPORTS:
        async with _client(url, key, transport, **options) as client:
            assert type(client._http._transport).__name__ == (
                "SDKAiohttpTransport" if transport == "aiohttp" else "AsyncHTTPTransport"
            )
            try:
                outcomes.append(_outcome(await call(client)))
            except perfectgym.PerfectGymError as exc:
                outcomes.append(_outcome(exc))
    return outcomes


CALLS: dict[str, Call] = {
    "page": lambda c: c.customers.get_customers(slice_size=50),
    "one customer": lambda c: c.customers.get_customer_by_id(1003),
    "404": lambda c: c.customers.get_customer_by_id(999_999_999),
    "400 (enum value the spec lacks)": lambda c: c.customers.get_customers(customer_status="NOPE"),
    "studio information": lambda c: c.studios.get_studio_information(),
    "key check": lambda c: c.verify_api_key(),
}


@pytest.mark.asyncio
@pytest.mark.parametrize("name", list(CALLS))
async def test_calls_give_the_same_results_and_errors(name: str, local_tenant: LocalTenant) -> None:
    first, second = await _on_both(local_tenant.url, local_tenant.api_key, CALLS[name])
    assert first == second


@pytest.mark.asyncio
async def test_a_wrong_key_is_the_same_401(local_tenant: LocalTenant) -> None:
    first, second = await _on_both(local_tenant.url, "wrong-key", CALLS["one customer"])
    assert first == second and first["type"] is perfectgym.AuthenticationError


@pytest.mark.asyncio
@pytest.mark.parametrize("fault", ["fail_with_503", "fail_with_429"])
async def test_refusals_are_retried_the_same_way(fault: str, local_tenant: LocalTenant) -> None:
    async def call(client: AsyncPerfectGym) -> Any:  # each transport meets the same burst, then success
        local_tenant.faults.configure("getCustomerById", **{fault: 2})
        raw = await client.customers.with_raw_response.get_customer_by_id(1003)
        return raw.attempts, raw.parsed.to_dict()

    options = {"retry_policy": RetryPolicy(initial_wait=0.01, max_retry_after=0.01)}
    first, second = await _on_both(local_tenant.url, local_tenant.api_key, call, **options)
    assert first == second and first[0] == 3


@pytest.mark.asyncio
async def test_a_503_past_the_retries_is_the_same_typed_error(local_tenant: LocalTenant) -> None:
    async def call(client: AsyncPerfectGym) -> Any:
        local_tenant.faults.configure("getCustomers", fail_with_503=5)
        return await client.customers.get_customers(slice_size=50)

    first, second = await _on_both(local_tenant.url, local_tenant.api_key, call, max_retries=1)
    assert first == second and first["type"] is perfectgym.ServiceUnavailableError


@pytest.mark.asyncio
async def test_a_body_past_max_response_bytes_is_the_same_error(local_tenant: LocalTenant) -> None:
    first, second = await _on_both(local_tenant.url, local_tenant.api_key, CALLS["page"], max_response_bytes=4096)
    assert first == second and first["type"] is perfectgym.ResponseTooLargeError


@pytest.mark.asyncio
async def test_a_slow_answer_is_the_same_timeout(local_tenant: LocalTenant) -> None:
    async def call(client: AsyncPerfectGym) -> Any:
        local_tenant.faults.configure("getCustomerById", latency=2.0)
        return await client.customers.get_customer_by_id(1003)

    first, second = await _on_both(local_tenant.url, local_tenant.api_key, call, timeout=0.2, max_retries=0)
    assert first == second and first["type"] is perfectgym.APITimeoutError and first["may_have_executed"]


@pytest.mark.asyncio
@pytest.mark.parametrize("fault", ["drop_before_response", "drop_connection"])
async def test_a_dropped_write_is_not_retried_and_may_have_executed(fault: str, local_tenant: LocalTenant) -> None:
    """httpx-aiohttp alone calls a dropped connection a ConnectTimeout ("never sent"): the POST would be sent again."""

    async def call(client: AsyncPerfectGym) -> Any:
        local_tenant.faults.configure("searchCustomers", **{fault: 1})
        return await client.customers.search_customers(body=schema_example("CustomerSearchRequest"))

    first, second = await _on_both(local_tenant.url, local_tenant.api_key, call)
    assert first == second
    assert first["type"] is perfectgym.APIConnectionError and first["may_have_executed"] and first["attempts"] == 1


@pytest.mark.asyncio
async def test_a_redirect_is_never_followed_on_either_transport() -> None:
    class Redirect(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", "https://elsewhere.example/steal")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    with serving(Redirect) as url:
        first, second = await _on_both(url, "key", CALLS["one customer"])
    assert first == second and first["type"] is perfectgym.RedirectNotFollowedError
    assert first["location"] == "https://elsewhere.example/steal"


@pytest.mark.asyncio
async def test_no_server_is_the_same_connection_error_that_did_not_execute() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    first, second = await _on_both(url, "key", CALLS["one customer"], max_retries=0)
    assert first == second and first["type"] is perfectgym.APIConnectionError and not first["may_have_executed"]


@pytest.mark.asyncio
async def test_a_broken_answer_names_no_filled_in_path_or_query_value_on_either_transport() -> None:
    class BrokenStatusLine(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.wfile.write(b"HTTP/1.1 2OO NOT-A-STATUS\r\n\r\n")

        def log_message(self, *args: object) -> None:
            pass

    def call(client: AsyncPerfectGym) -> Awaitable[Any]:
        return client.customers.get_customer_by_id(987654321, extra_query={"email": "jane.doe@example.com"})

    messages = []
    with serving(BrokenStatusLine) as url:
        for transport in TRANSPORTS:
            async with _client(url, "key", transport, max_retries=0) as client:
                with pytest.raises(perfectgym.APIConnectionError) as info:
                    await call(client)
                messages.append(str(info.value))
    for message in messages:  # ids and query values can be personal data: the template only
        assert "987654321" not in message and "jane.doe" not in message, message


def test_transport_is_checked_when_the_client_is_built() -> None:
    with pytest.raises(ConfigurationError, match="transport must be one of 'httpx', 'aiohttp'"):
        AsyncPerfectGym("https://x.example", "k", transport="curl")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="either transport or http_client"):
        AsyncPerfectGym("https://x.example", "k", transport="aiohttp", http_client=httpx.AsyncClient())


@pytest.mark.asyncio
async def test_a_studio_registry_builds_its_shared_pool_on_the_chosen_transport(local_tenant: LocalTenant) -> None:
    studios = {"gym-a": {"base_url": local_tenant.url, "api_key": local_tenant.api_key}}
    async with perfectgym.StudioRegistry.from_mapping(studios, transport="aiohttp", rate_budget=None) as registry:
        client = registry.client("gym-a")
        assert type(client._http._transport).__name__ == "SDKAiohttpTransport"
        assert await client.verify_api_key()
    with pytest.raises(ConfigurationError, match="transport must be one of"):
        perfectgym.StudioRegistry.from_mapping(studios, transport="curl")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="either transport or http_client"):
        perfectgym.StudioRegistry.from_mapping(studios, transport="aiohttp", http_client=httpx.AsyncClient())


@pytest.mark.asyncio
@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_no_cookie_set_by_one_studio_is_sent_to_another_or_sent_again(transport: str) -> None:
    import http.server

    from tests.support.loopback import serving

    seen: list[str | None] = []

    class SetsCookies(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.headers.get("Cookie"))
            body = b'{"id": 1}'
            self.send_response(200)
            self.send_header("Set-Cookie", "session=tenant-a-secret; Path=/")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    with serving(SetsCookies) as url:
        studios = {"a": {"base_url": url, "api_key": "key-a"}, "b": {"base_url": url, "api_key": "key-b"}}
        registry = perfectgym.StudioRegistry.from_mapping(studios, transport=transport, rate_budget=None)
        async with registry:
            for studio in ("a", "a", "b"):
                await registry.client(studio).studios.with_raw_response.get_studio_information()
    assert seen == [None, None, None]


@pytest.mark.asyncio
async def test_both_transports_put_the_same_bytes_on_the_wire_for_an_encoded_path_and_an_empty_post() -> None:
    """aiohttp re-normalises URLs (%3B -> ;) and adds a Content-Type of its own unless told not to."""
    import http.server

    from tests.support.loopback import serving

    seen: list[tuple[str, str | None]] = []

    class Records(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen.append((self.path, self.headers.get("Content-Type")))
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    with serving(Records) as url:
        for transport in TRANSPORTS:
            async with _client(url, "k", transport, max_retries=0) as client:
                with contextlib.suppress(perfectgym.PerfectGymError):
                    await client.customers.use_benefit(1, "x;y=1&z")
    assert len(seen) == 2 and seen[0] == seen[1]
    assert "%3B" in seen[0][0] and seen[0][1] is None

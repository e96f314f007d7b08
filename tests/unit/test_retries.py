"""Retry behaviour: what is retried, how long it waits, when it gives up. No real sleeping."""

from __future__ import annotations

import datetime as dt
import email.utils
import logging

import httpx
import pytest
import respx

import perfectgym
from perfectgym import RetryPolicy
from perfectgym._retry import parse_retry_after
from tests.support.fakes import API_KEY, BASE_URL, FakeClock, make_client
from tests.support.spec import schema_example

CUSTOMER_URL = f"{BASE_URL}/v1/customers/42"
SEARCH_URL = f"{BASE_URL}/v1/customers/search"
RESTRICTION_URL = f"{BASE_URL}/v1/customers/42/access-restrictions"
RESTRICTION = {"reason": "unpaid fees"}


def _ok_customer() -> httpx.Response:
    return httpx.Response(200, json=schema_example("Customer"))


@pytest.mark.asyncio
async def test_get_survives_a_503_burst_with_exponential_backoff() -> None:
    clock = FakeClock()
    with respx.mock() as router:
        route = router.get(CUSTOMER_URL).mock(side_effect=[httpx.Response(503), httpx.Response(503), _ok_customer()])
        async with make_client(clock, retry_policy=RetryPolicy(initial_wait=0.5, jitter=lambda: 1.0)) as client:
            raw = await client.customers.with_raw_response.get_customer_by_id(42)
    assert route.call_count == 3 and raw.attempts == 3
    assert clock.sleeps == [0.5, 1.0]


@pytest.mark.asyncio
async def test_full_jitter_and_the_cap_per_wait() -> None:
    clock = FakeClock()
    policy = RetryPolicy(max_retries=6, initial_wait=1.0, max_wait=5.0, deadline=None, jitter=lambda: 0.5)
    with respx.mock() as router:
        router.get(CUSTOMER_URL).mock(side_effect=[httpx.Response(502)] * 6 + [_ok_customer()])
        async with make_client(clock, retry_policy=policy) as client:
            await client.customers.get_customer_by_id(42)
    assert clock.sleeps == [0.5, 1.0, 2.0, 2.5, 2.5, 2.5]  # 1, 2, 4, then capped at 5; times the jitter draw


@pytest.mark.asyncio
@pytest.mark.parametrize("header", ["7", "HTTP-DATE"])
async def test_retry_after_seconds_or_http_date_wins_over_backoff(header: str) -> None:
    clock = FakeClock()
    if header == "HTTP-DATE":
        header = email.utils.format_datetime(clock.now() + dt.timedelta(seconds=7), usegmt=True)
    with respx.mock() as router:
        router.get(CUSTOMER_URL).mock(
            side_effect=[httpx.Response(429, headers={"Retry-After": header}), _ok_customer()]
        )
        async with make_client(clock) as client:
            await client.customers.get_customer_by_id(42)
    assert clock.sleeps == [7.0]


@pytest.mark.asyncio
async def test_post_400_is_not_retried() -> None:
    with respx.mock() as router:
        route = router.post(SEARCH_URL).respond(400, json={"errorMessage": "bad"})
        async with make_client() as client:
            with pytest.raises(perfectgym.BadRequestError) as info:
                await client.customers.search_customers(body={"firstName": "x"})
    assert route.call_count == 1 and info.value.attempts == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [429, 503])
async def test_post_is_retried_when_the_api_refused_it(status: int) -> None:
    with respx.mock() as router:
        route = router.post(SEARCH_URL).mock(side_effect=[httpx.Response(status), httpx.Response(200, json=[])])
        async with make_client() as client:
            assert await client.customers.search_customers(body={"firstName": "x"}) == []
    assert route.call_count == 2


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [500, 502, 504])
async def test_post_is_not_retried_when_it_may_have_executed(status: int) -> None:
    with respx.mock() as router:
        route = router.post(SEARCH_URL).respond(status)
        async with make_client() as client:
            with pytest.raises(perfectgym.APIStatusError):
                await client.customers.search_customers(body={"firstName": "x"})
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_post_connection_failure_before_sending_is_retried() -> None:
    with respx.mock() as router:
        route = router.post(SEARCH_URL).mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=[])])
        async with make_client() as client:
            await client.customers.search_customers(body={"firstName": "x"})
    assert route.call_count == 2


@pytest.mark.asyncio
@pytest.mark.parametrize("failure", [httpx.ReadError("connection reset"), httpx.ReadTimeout("slow")])
async def test_post_failure_after_sending_is_not_retried(failure: httpx.TransportError) -> None:
    with respx.mock() as router:
        route = router.post(SEARCH_URL).mock(side_effect=failure)
        async with make_client() as client:
            with pytest.raises(perfectgym.APIConnectionError) as info:
                await client.customers.search_customers(body={"firstName": "x"})
    assert route.call_count == 1
    assert isinstance(info.value, perfectgym.APITimeoutError) == isinstance(failure, httpx.TimeoutException)


@pytest.mark.asyncio
async def test_put_on_connection_reset_is_retried() -> None:
    with respx.mock() as router:
        route = router.put(RESTRICTION_URL).mock(
            side_effect=[httpx.ReadError("connection reset by peer"), httpx.Response(200, json=RESTRICTION)]
        )
        async with make_client() as client:
            raw = await client.customers.with_raw_response.set_access_restriction(42, body=RESTRICTION)
    assert route.call_count == 2 and raw.attempts == 2


@pytest.mark.asyncio
async def test_exhausted_retries_raise_the_last_typed_error_with_the_attempt_count() -> None:
    clock = FakeClock()
    with respx.mock() as router:
        route = router.get(CUSTOMER_URL).respond(503, json={"errorMessage": "busy", "traceId": "t-1"})
        async with make_client(clock, max_retries=2) as client:
            with pytest.raises(perfectgym.ServiceUnavailableError) as info:
                await client.customers.get_customer_by_id(42)
    assert route.call_count == 3 and info.value.attempts == 3
    assert "after 3 attempts" in str(info.value) and info.value.trace_id == "t-1"


@pytest.mark.asyncio
async def test_exhausted_connection_retries_carry_the_attempt_count() -> None:
    with respx.mock() as router:
        router.get(CUSTOMER_URL).mock(side_effect=httpx.ConnectError("refused"))
        async with make_client(max_retries=1) as client:
            with pytest.raises(perfectgym.APIConnectionError) as info:
                await client.customers.get_customer_by_id(42)
    assert info.value.attempts == 2 and API_KEY not in str(info.value)


@pytest.mark.asyncio
async def test_the_deadline_stops_retrying_before_a_wait_would_pass_it() -> None:
    clock = FakeClock()
    policy = RetryPolicy(max_retries=10, initial_wait=4.0, max_wait=100.0, deadline=10.0, jitter=lambda: 1.0)
    with respx.mock() as router:
        route = router.get(CUSTOMER_URL).respond(503)
        async with make_client(clock, retry_policy=policy) as client:
            with pytest.raises(perfectgym.ServiceUnavailableError):
                await client.customers.get_customer_by_id(42)
    assert clock.sleeps == [4.0]  # the next wait (8s) would end at 12s > 10s
    assert route.call_count == 2


@pytest.mark.asyncio
async def test_a_retry_after_beyond_the_deadline_is_not_waited_for() -> None:
    clock = FakeClock()
    with respx.mock() as router:
        route = router.get(CUSTOMER_URL).respond(429, headers={"Retry-After": "3600"})
        async with make_client(clock, retry_policy=RetryPolicy(deadline=60.0)) as client:
            with pytest.raises(perfectgym.RateLimitError):
                await client.customers.get_customer_by_id(42)
    assert clock.sleeps == [] and route.call_count == 1


@pytest.mark.asyncio
async def test_max_retries_zero_means_one_attempt() -> None:
    with respx.mock() as router:
        route = router.get(CUSTOMER_URL).respond(503)
        async with make_client() as client:
            with pytest.raises(perfectgym.ServiceUnavailableError):
                await client.with_options(max_retries=0).customers.get_customer_by_id(42)
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_each_retry_is_logged_at_warning_without_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="perfectgym")
    with respx.mock() as router:
        router.get(CUSTOMER_URL).mock(side_effect=[httpx.Response(503), httpx.ReadError("reset"), _ok_customer()])
        async with make_client() as client:
            await client.customers.get_customer_by_id(42)
    records = [r for r in caplog.records if r.name == "perfectgym"]
    assert [r.levelno for r in records] == [logging.WARNING, logging.WARNING]
    assert "attempt 1 failed (503 Service Unavailable); retrying in 0.50s" in records[0].getMessage()
    assert "attempt 2 failed (ReadError: reset)" in records[1].getMessage()
    assert records[0].perfectgym_attempt == 1 and records[0].perfectgym_wait == 0.5  # type: ignore[attr-defined]
    assert API_KEY not in caplog.text


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12", 12.0), ("0", 0.0), ("1.5", 1.5), ("-3", None), ("soon", None), ("", None), (None, None)],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, dt.datetime(2026, 1, 1, tzinfo=dt.UTC)) == expected


def test_parse_retry_after_http_date_in_the_past_is_zero() -> None:
    now = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)
    assert parse_retry_after("Thu, 01 Jan 2026 11:00:00 GMT", now) == 0.0
    assert parse_retry_after("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30.0

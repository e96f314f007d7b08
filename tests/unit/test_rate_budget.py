"""The client's per-endpoint rate budget: even spacing, shared by tasks, backs off after a 429."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st

from perfectgym import RateBudget, RateLimiter
from perfectgym._rate_budget import SlotUnavailable
from tests.support.fakes import BASE_URL, FakeClock, make_client
from tests.support.spec import schema_example


def granted_times(budget: RateBudget, arrivals: list[float], endpoint: str = "GET /v1/x") -> list[float]:
    """When each request (arriving at the given times, in order) is let through."""
    clock = FakeClock()
    limiter = RateLimiter(budget, clock)
    granted = []

    async def run() -> None:
        for arrival in arrivals:
            if arrival > clock.elapsed:
                clock.elapsed = arrival
            await limiter.acquire(endpoint)
            granted.append(clock.elapsed)

    asyncio.run(run())
    return granted


@settings(max_examples=60, deadline=None)
@given(
    requests=st.integers(min_value=1, max_value=20),
    per=st.floats(min_value=0.5, max_value=60),
    gaps=st.lists(st.floats(min_value=0, max_value=3), min_size=1, max_size=120),
)
def test_no_window_of_the_server_length_ever_holds_more_than_the_limit(
    requests: int, per: float, gaps: list[float]
) -> None:
    arrivals = [sum(gaps[: i + 1]) for i in range(len(gaps))]
    granted = granted_times(RateBudget(requests, per), arrivals)
    assert granted == sorted(granted) and all(g >= a for g, a in zip(granted, arrivals, strict=True))
    for start in granted:  # every window that starts at a granted request (the worst alignments)
        assert sum(1 for t in granted if start <= t < start + per) <= requests


@settings(max_examples=60, deadline=None)
@given(
    requests=st.integers(min_value=1, max_value=20),
    gaps=st.lists(st.floats(min_value=0, max_value=0.2), min_size=1, max_size=120),
    # Strictly inside the 15 ms allowance: at exactly 15 ms, float rounding decides the boundary.
    delays=st.lists(st.floats(min_value=0, max_value=0.0149), min_size=120, max_size=120),
)
def test_requests_delayed_up_to_the_jitter_allowance_still_fit_every_server_window(
    requests: int, gaps: list[float], delays: list[float]
) -> None:
    budget = RateBudget(requests, 1.0, jitter=0.015)
    granted = granted_times(budget, [sum(gaps[: i + 1]) for i in range(len(gaps))])
    arrived = sorted(g + d for g, d in zip(granted, delays, strict=False))  # what the server counts
    for start in arrived:
        assert sum(1 for t in arrived if start <= t < start + 1.0) <= requests


def test_spacing_is_even_and_endpoints_are_independent() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateBudget(5, 1.0), clock)

    async def run() -> None:
        for _ in range(3):
            await limiter.acquire("GET /v1/a")
        await limiter.acquire("GET /v1/b")  # another endpoint: its own budget, no wait

    asyncio.run(run())
    assert clock.sleeps == pytest.approx([0.22, 0.22])  # (1 s + the default 100 ms jitter) / 5


@pytest.mark.asyncio
async def test_concurrent_tasks_share_one_budget_first_come_first_served() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateBudget(10, 1.0), clock)
    order: list[int] = []

    async def call(n: int) -> None:
        await limiter.acquire("GET /v1/a")
        order.append(n)

    await asyncio.gather(*(call(n) for n in range(30)))
    assert order == list(range(30))
    assert clock.elapsed == pytest.approx(29 * 0.11)  # 30 requests, evenly spaced, none early


@pytest.mark.asyncio
async def test_the_client_spaces_calls_and_backs_off_for_the_window_after_a_429() -> None:
    clock = FakeClock()
    with respx.mock() as router:
        route = router.get(f"{BASE_URL}/v1/studios/utilization").mock(
            side_effect=[httpx.Response(429, headers={"Retry-After": "30"})]
            + [httpx.Response(200, json=schema_example("StudioUtilization"))] * 3
        )
        async with make_client(clock, rate_budget=RateBudget(2, 1.0)) as client:
            await client.studios.with_raw_response.get_utilization()  # 429, waits 30 s, then succeeds
            after_first = clock.elapsed
            await client.studios.get_utilization()
            await client.studios.get_utilization()
    assert route.call_count == 4
    assert after_first == pytest.approx(30.0)
    assert clock.elapsed == pytest.approx(30.0 + 2 * 0.55)
    assert client.rate_limiter is not None and client.rate_limiter.waited == pytest.approx(2 * 0.55)


@pytest.mark.asyncio
async def test_views_share_the_budget_and_it_can_be_disabled() -> None:
    clock = FakeClock()
    async with make_client(clock, rate_budget=RateBudget(1, 10.0)) as client:
        assert client.with_options(max_retries=0).rate_limiter is client.rate_limiter
    async with make_client(clock, rate_budget=None) as unlimited:
        assert unlimited.rate_limiter is None
    with pytest.raises(ValueError):
        RateBudget(0, 60)


def test_the_default_jitter_margin_is_100_ms_for_short_windows_and_250_ms_for_the_apis_minute() -> None:
    assert RateBudget(100, 1.0).jitter == pytest.approx(0.1)
    assert RateBudget(400, 4.0).jitter == pytest.approx(0.1)
    assert RateBudget(1000, 60.0).jitter == pytest.approx(0.25)  # 0.4% of the API's rate
    assert RateBudget(1000, 60.0).interval == pytest.approx(60.25 / 1000)
    assert RateBudget(10, 1.0, jitter=0.0).interval == pytest.approx(0.1)  # an explicit margin wins


@pytest.mark.asyncio
async def test_endpoints_with_nothing_to_remember_are_forgotten_and_ones_held_back_are_kept() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateBudget(1, 1.0, jitter=0.0), clock)
    await limiter.back_off("GET /v1/held", 10_000.0)  # still held after the loop below
    for n in range(5000):  # e.g. one endpoint per id: memory must not grow with them
        await limiter.acquire(f"GET /v1/x/{n}")
        clock.elapsed += 1.0  # each one's slot has passed: it holds nothing
    assert limiter.tracked_endpoints <= 128
    with pytest.raises(SlotUnavailable):  # the 429 hold survived every sweep
        await limiter.acquire("GET /v1/held", max_wait=0.5)

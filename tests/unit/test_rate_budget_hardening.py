"""The rate budget under cancellation, event-loop lag, hostile Retry-After and deadlines.

Time is a ManualClock: callers really wait, and the test decides when time moves, so
queueing, cancelling and lag are deterministic and no assertion depends on real time.
"""

from __future__ import annotations

import asyncio
import bisect

import httpx
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st

from perfectgym import (
    AsyncPerfectGym,
    DeadlineExceededError,
    RateBudget,
    RateLimitError,
    RetryPolicy,
)
from tests.support.fakes import API_KEY, BASE_URL, FakeClock, ManualClock, make_client, settle
from tests.support.spec import schema_example

CUSTOMER_URL = f"{BASE_URL}/v1/customers/42"
BUDGET = RateBudget(requests=10, per=1.0, jitter=0.01)  # one request per 0.101 s per endpoint


def _customer() -> httpx.Response:
    return httpx.Response(200, json=schema_example("Customer") | {"id": 42})


def _client(clock: ManualClock | FakeClock, **options: object) -> AsyncPerfectGym:
    return AsyncPerfectGym(BASE_URL, API_KEY, clock=clock, rate_budget=BUDGET, **options)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_cancelled_queued_callers_give_their_slots_back() -> None:
    clock = ManualClock()
    with respx.mock() as router:
        route = router.get(CUSTOMER_URL).mock(side_effect=lambda _: _customer())
        async with _client(clock) as client:
            await client.customers.get_customer_by_id(42)  # takes the free slot
            queued = [asyncio.create_task(client.customers.get_customer_by_id(42)) for _ in range(60)]
            await settle()
            for task in queued:
                task.cancel()
            await asyncio.gather(*queued, return_exceptions=True)
            late = asyncio.create_task(client.customers.get_customer_by_id(42))
            await settle()
            await clock.advance(BUDGET.interval)  # one interval, not 60 of them
            assert late.done(), "the new call waited behind 60 cancelled callers"
            await late
    assert route.call_count == 2


@pytest.mark.asyncio
async def test_callers_timing_out_while_queued_do_not_starve_the_next_ones() -> None:
    clock = ManualClock()
    with respx.mock() as router:
        router.get(CUSTOMER_URL).mock(side_effect=lambda _: _customer())
        async with _client(clock) as client:
            await client.customers.get_customer_by_id(42)
            for _ in range(5):  # waves of callers that give up, in any order
                wave = [asyncio.create_task(client.customers.get_customer_by_id(42)) for _ in range(6)]
                await settle()
                for task in reversed(wave[::2]):
                    task.cancel()
                for task in wave[1::2]:
                    task.cancel()
                await asyncio.gather(*wave, return_exceptions=True)
            succeeded = 0
            for _ in range(3):
                call = asyncio.create_task(client.customers.get_customer_by_id(42))
                await settle()
                await clock.advance(BUDGET.interval)
                succeeded += call.done() and call.exception() is None
            assert succeeded == 3


@settings(max_examples=40, deadline=None)
@given(lags=st.lists(st.floats(min_value=0.0, max_value=0.7), min_size=5, max_size=40))
def test_no_sliding_window_holds_more_than_the_budget_whatever_the_loop_lag(lags: list[float]) -> None:
    """Time jumps by arbitrary amounts (a blocked loop); sends still never bunch up."""

    async def scenario() -> list[float]:
        clock = ManualClock()
        sent: list[float] = []

        def answer(_: httpx.Request) -> httpx.Response:
            sent.append(clock.monotonic())
            return _customer()

        with respx.mock() as router:
            router.get(CUSTOMER_URL).mock(side_effect=answer)
            async with _client(clock) as client:
                calls = [asyncio.create_task(client.customers.get_customer_by_id(42)) for _ in range(40)]
                await settle()
                for lag in lags:
                    await clock.advance(lag)
                while not all(call.done() for call in calls):
                    await clock.advance(BUDGET.interval)
                await asyncio.gather(*calls)
        return sent

    sent = asyncio.run(scenario())
    assert len(sent) == 40
    for index, start in enumerate(sent):
        in_window = bisect.bisect_left(sent, start + BUDGET.per) - index
        assert in_window <= BUDGET.requests, f"{in_window} sends in the window starting at {start}"


@pytest.mark.asyncio
@pytest.mark.parametrize("retry_after", ["999999", "inf", "Fri, 31 Dec 9999 23:59:59 GMT"])
async def test_a_huge_retry_after_is_capped_for_the_call_and_for_later_calls(retry_after: str) -> None:
    clock = FakeClock()
    with respx.mock() as router:
        router.get(CUSTOMER_URL).mock(
            side_effect=[httpx.Response(429, headers={"Retry-After": retry_after}), _customer(), _customer()]
        )
        async with _client(clock) as client:
            await client.customers.get_customer_by_id(42)
            await client.customers.get_customer_by_id(42)
    policy = RetryPolicy()
    assert max(clock.sleeps) <= policy.max_retry_after
    assert sum(clock.sleeps) <= policy.max_retry_after + 1.0


@pytest.mark.asyncio
async def test_a_rate_budget_wait_past_the_deadline_fails_at_once_with_a_typed_error() -> None:
    clock = FakeClock()
    with respx.mock() as router:
        route = router.get(CUSTOMER_URL).mock(
            side_effect=[httpx.Response(429, headers={"Retry-After": "30"}), _customer()]
        )
        async with _client(clock, retry_policy=RetryPolicy(max_retries=0, deadline=5.0)) as client:
            with pytest.raises(RateLimitError):
                await client.customers.get_customer_by_id(42)
            sleeps_before = len(clock.sleeps)
            with pytest.raises(DeadlineExceededError) as info:
                await client.customers.get_customer_by_id(42)
    assert len(clock.sleeps) == sleeps_before, "it slept instead of failing at once"
    assert route.call_count == 1
    assert "deadline" in str(info.value) and info.value.attempts == 0
    assert not info.value.may_have_executed


@pytest.mark.asyncio
async def test_a_retry_after_longer_than_the_deadline_raises_the_429_without_sleeping() -> None:
    clock = FakeClock()
    with respx.mock() as router:
        router.get(CUSTOMER_URL).mock(side_effect=[httpx.Response(429, headers={"Retry-After": "50"}), _customer()])
        async with make_client(clock, retry_policy=RetryPolicy(deadline=10.0)) as client:
            with pytest.raises(RateLimitError):
                await client.customers.get_customer_by_id(42)
    assert clock.sleeps == []

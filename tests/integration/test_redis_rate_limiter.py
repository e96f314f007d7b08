"""RedisRateLimiter against a real Valkey server: one budget per key and endpoint for every limiter.

Each RedisRateLimiter instance stands for a process (its own Redis connections, its own
local queue). The limiters sleep on a FakeClock, so a granted wait is recorded rather than
slept: the recorded waits show the shared schedule without any timed assertion (Redis's
own clock barely moves during a test; tolerances cover that).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest
import respx

from perfectgym import (
    AsyncPerfectGym,
    ConfigurationError,
    DeadlineExceededError,
    RateBudget,
    RetryPolicy,
    StudioRegistry,
)
from perfectgym.redis import RedisRateLimiter
from tests.support.fakes import API_KEY, BASE_URL, FakeClock, ManualClock, settle
from tests.support.redis_server import RedisServer
from tests.support.spec import schema_example

BUDGET = RateBudget(2, 1.0, jitter=0.0)  # one slot per 0.5 s per endpoint
ENDPOINT = "GET /v1/customers/{customerId}"
SLACK = 0.25  # Redis's clock moves on while the test runs; far less than one interval


def waits_of(clock: FakeClock) -> list[float]:
    return [round(w / BUDGET.interval) for w in clock.sleeps]


@pytest.mark.asyncio
async def test_two_processes_share_one_schedule_per_key_and_endpoint(redis_url: str) -> None:
    clocks = [FakeClock(), FakeClock()]
    limiters = [RedisRateLimiter.from_url(redis_url, budget=BUDGET).limiter_for(API_KEY, c) for c in clocks]
    for _ in range(3):
        for limiter in limiters:
            await limiter.acquire(ENDPOINT)
    waits = sorted(clocks[0].sleeps + clocks[1].sleeps)
    # Six requests, one shared slot sequence: 0 (not slept), then 1..5 intervals ahead.
    assert len(waits) == 5
    for slot, wait in enumerate(waits, start=1):
        assert slot * BUDGET.interval - SLACK < wait <= slot * BUDGET.interval


@pytest.mark.asyncio
async def test_other_keys_and_other_endpoints_have_their_own_budgets(redis_url: str) -> None:
    clock = FakeClock()
    shared = RedisRateLimiter.from_url(redis_url, budget=BUDGET)
    first, other_key = shared.limiter_for(API_KEY, clock), shared.limiter_for("another-key", clock)
    await first.acquire(ENDPOINT)
    await other_key.acquire(ENDPOINT)
    await first.acquire("POST /v1/customers")
    assert clock.sleeps == []
    await first.acquire(ENDPOINT)
    assert len(clock.sleeps) == 1 and clock.sleeps[0] > BUDGET.interval - SLACK


@pytest.mark.asyncio
async def test_redis_keys_carry_a_digest_of_the_api_key_never_the_key(redis_url: str) -> None:
    import redis.asyncio

    limiter = RedisRateLimiter.from_url(redis_url, budget=BUDGET).limiter_for(API_KEY, FakeClock())
    await limiter.acquire(ENDPOINT)
    raw = redis.asyncio.Redis.from_url(redis_url)
    try:
        keys = [k.decode() for k in await raw.keys("*")]
        values = [await raw.dump(k) or b"" for k in keys]
    finally:
        await raw.aclose()
    assert keys and all(k.startswith("perfectgym:rate:{") for k in keys)
    assert not any(API_KEY in k for k in keys)
    assert not any(API_KEY.encode() in v for v in values)


@pytest.mark.asyncio
async def test_a_429_seen_by_one_process_holds_the_endpoint_for_every_process(redis_url: str) -> None:
    clocks = [FakeClock(), FakeClock()]
    limiters = [RedisRateLimiter.from_url(redis_url, budget=BUDGET).limiter_for(API_KEY, c) for c in clocks]
    await limiters[0].back_off(ENDPOINT, 30.0)
    await limiters[1].acquire(ENDPOINT)
    assert 30.0 - SLACK < clocks[1].sleeps[0] <= 30.0
    await limiters[1].acquire("GET /v1/other")  # only that endpoint is held
    assert len(clocks[1].sleeps) == 1


@pytest.mark.asyncio
async def test_a_slot_beyond_the_deadline_is_refused_at_once_and_reserves_nothing(redis_url: str) -> None:
    clock = FakeClock()
    shared = RedisRateLimiter.from_url(redis_url, budget=RateBudget(1, 10.0, jitter=0.0))
    with respx.mock() as router:
        router.get(f"{BASE_URL}/v1/studios/utilization").mock(
            return_value=httpx.Response(200, json=schema_example("StudioUtilization"))
        )
        policy = RetryPolicy(deadline=5.0)
        async with AsyncPerfectGym(BASE_URL, API_KEY, clock=clock, rate_limiter=shared, retry_policy=policy) as client:
            await client.studios.get_utilization()
            with pytest.raises(DeadlineExceededError, match="next slot"):
                await client.studios.get_utilization()  # the next slot is 10 s away, the deadline 5 s
            assert clock.sleeps == []
            # Nothing was reserved by the refused call: another process's next slot is still 10 s away.
            other = FakeClock()
            await shared.limiter_for(API_KEY, other).acquire("GET /v1/studios/utilization")
            assert 10.0 - SLACK < other.sleeps[0] <= 10.0


async def sleepers_appear(clock: ManualClock, count: int) -> None:
    """Wait (bounded) until `count` callers sleep on the clock: their Redis round trips are real I/O."""
    for _ in range(500):
        if len(clock._sleepers) >= count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{len(clock._sleepers)} sleepers, expected {count}")


@pytest.mark.asyncio
async def test_callers_queue_in_the_process_and_a_cancelled_one_gives_its_place_back(redis_url: str) -> None:
    clock = ManualClock()
    limiter = RedisRateLimiter.from_url(redis_url, budget=RateBudget(1, 100.0, jitter=0.0)).limiter_for(API_KEY, clock)
    await limiter.acquire(ENDPOINT)  # the first slot: now
    second = asyncio.create_task(limiter.acquire(ENDPOINT))  # reserves the slot 100 s ahead, sleeps
    await sleepers_appear(clock, 1)
    third = asyncio.create_task(limiter.acquire(ENDPOINT))  # queues in this process: no reservation yet
    fourth = asyncio.create_task(limiter.acquire(ENDPOINT))
    await settle()
    assert len(clock._sleepers) == 1  # only the head of the local queue holds a reservation
    third.cancel()
    await settle()
    await clock.advance(100.0)
    await asyncio.wait_for(second, 5)
    await sleepers_appear(clock, 1)  # the fourth moved up and reserved the slot right after the second's
    # Redis's clock did not move with the manual one: that slot is 2 intervals from Redis's now.
    # Had the cancelled third reserved one, the fourth's would be 3 intervals away.
    assert 200.0 - SLACK < clock._sleepers[0][0] - clock.elapsed <= 200.0
    await clock.advance(200.0)
    await asyncio.wait_for(fourth, 5)
    assert third.cancelled()


@pytest.mark.asyncio
async def test_an_endpoint_nobody_waits_on_leaves_no_local_state(redis_url: str) -> None:
    clock = ManualClock()
    limiter = RedisRateLimiter.from_url(redis_url, budget=RateBudget(1, 100.0, jitter=0.0)).limiter_for(API_KEY, clock)
    for n in range(300):  # e.g. one endpoint per id: this process's memory must not grow with them
        await limiter.acquire(f"GET /v9/things/{n}")
    assert limiter.tracked_endpoints == 0
    await limiter.acquire(ENDPOINT)
    waiting = asyncio.create_task(limiter.acquire(ENDPOINT))  # holds the lane while it sleeps for its slot
    await sleepers_appear(clock, 1)
    assert limiter.tracked_endpoints == 1
    await clock.advance(100.0)
    await asyncio.wait_for(waiting, 5)
    assert limiter.tracked_endpoints == 0


@pytest.mark.asyncio
async def test_the_client_takes_it_and_studio_registries_pass_it_to_every_studio(redis_url: str) -> None:
    shared = RedisRateLimiter.from_url(redis_url, budget=BUDGET)
    async with AsyncPerfectGym(BASE_URL, API_KEY, rate_limiter=shared) as client:
        assert client.rate_limiter is not None and client.rate_limiter.budget == BUDGET
        assert client.with_options(max_retries=0).rate_limiter is client.rate_limiter
    registry = StudioRegistry.from_mapping(
        {
            "a": {"base_url": BASE_URL, "api_key": "key-a"},
            "b": {"base_url": BASE_URL, "api_key": "key-b"},
        },
        rate_limiter=shared,
    )
    async with registry:
        limiters = [registry.client(s).rate_limiter for s in ("a", "b")]
    assert all(limiter is not None and limiter.budget == BUDGET for limiter in limiters)
    assert limiters[0] is not limiters[1]


def test_misconfiguration_is_refused_when_the_client_is_built() -> None:
    shared = RedisRateLimiter.from_url("redis://127.0.0.1:1/0", budget=BUDGET)
    with pytest.raises(ConfigurationError, match="either rate_budget or rate_limiter"):
        AsyncPerfectGym(BASE_URL, API_KEY, rate_limiter=shared, rate_budget=BUDGET)
    with pytest.raises(ConfigurationError, match="shared limiter instance"):
        AsyncPerfectGym(BASE_URL, API_KEY, rate_limiter=BUDGET)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="redis://"):
        RedisRateLimiter.from_url("http://127.0.0.1:6379", budget=BUDGET)
    with pytest.raises(ConfigurationError, match="budget"):
        RedisRateLimiter.from_url("redis://127.0.0.1:6379", budget=(1000, 60))  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="workers"):
        RedisRateLimiter.from_url("redis://127.0.0.1:6379", budget=BUDGET, workers=0)
    shown = repr(RedisRateLimiter.from_url("redis://user:hunter2@127.0.0.1:6379/0", budget=BUDGET))
    assert "hunter2" not in shown


def test_one_limiter_serves_several_event_loops(redis_url: str) -> None:
    """A module-level limiter used by two asyncio.run() calls (a sync job, test suites)."""
    shared = RedisRateLimiter.from_url(redis_url, budget=BUDGET)
    clock = FakeClock()
    limiter = shared.limiter_for(API_KEY, clock)
    asyncio.run(limiter.acquire(ENDPOINT))
    asyncio.run(limiter.acquire(ENDPOINT))
    assert not limiter.using_fallback
    assert len(clock.sleeps) == 1


# --- Redis unreachable -------------------------------------------------------------------------


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP port that accepts connections and never answers (a hung Redis)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    listener.close()


@pytest.mark.asyncio
async def test_a_hung_redis_costs_one_bounded_wait_then_the_fallback_is_used(
    silent_server: int, caplog: pytest.LogCaptureFixture
) -> None:
    shared = RedisRateLimiter.from_url(
        f"redis://127.0.0.1:{silent_server}/0", budget=RateBudget(100, 1.0), workers=4, socket_timeout=0.2
    )
    limiter = shared.limiter_for(API_KEY, FakeClock())
    with caplog.at_level(logging.WARNING, logger="perfectgym.redis"):
        await asyncio.wait_for(limiter.acquire(ENDPOINT), 5)  # bounded by the socket timeout, not hung
        for _ in range(5):
            await asyncio.wait_for(limiter.acquire(ENDPOINT), 1)
    assert limiter.using_fallback
    # A quarter each for 4 workers, less the one request per window each schedule can add at its edge.
    assert limiter.fallback_budget == RateBudget(24, 1.0)
    warnings = [r for r in caplog.records if r.name == "perfectgym.redis"]
    assert len(warnings) == 1 and "unreachable" in warnings[0].getMessage()


@pytest.mark.asyncio
async def test_redis_stopped_mid_run_calls_go_on_under_the_fallback_then_share_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from perfectgym.testing import LocalTenant

    with RedisServer() as server, LocalTenant() as tenant:
        shared = RedisRateLimiter.from_url(
            server.url, budget=RateBudget(1000, 1.0), workers=2, retry_redis_after=0.2, socket_timeout=0.2
        )
        async with AsyncPerfectGym(tenant.url, tenant.api_key, rate_limiter=shared) as client:
            limiter = client.rate_limiter
            assert limiter is not None
            with caplog.at_level(logging.INFO, logger="perfectgym.redis"):
                await client.gather(client.studios.get_studio_information() for _ in range(20))
                assert not limiter.using_fallback  # type: ignore[attr-defined]
                server.stop()
                results = await client.gather(client.studios.get_studio_information() for _ in range(40))
                assert len(results) == 40  # no call failed because Redis is gone
                assert limiter.using_fallback  # type: ignore[attr-defined]
                server.start()
                for _ in range(200):  # until the next probe of Redis succeeds
                    await client.studios.get_studio_information()
                    if not limiter.using_fallback:  # type: ignore[attr-defined]
                        break
                    await asyncio.sleep(0.01)
                assert not limiter.using_fallback  # type: ignore[attr-defined]
    messages = [r.getMessage() for r in caplog.records if r.name == "perfectgym.redis"]
    assert sum("unreachable" in m for m in messages) == 1  # once per outage, not once per call
    assert any("answers again" in m for m in messages)


@pytest.mark.asyncio
async def test_a_key_of_the_wrong_type_in_redis_means_the_fallback_not_a_raw_redis_error(redis_url: str) -> None:
    import redis.asyncio

    limiter = RedisRateLimiter.from_url(redis_url, budget=BUDGET).limiter_for(API_KEY, FakeClock())
    await limiter.acquire(ENDPOINT)
    raw = redis.asyncio.Redis.from_url(redis_url)
    try:
        for key in await raw.keys("perfectgym:rate:*"):
            await raw.delete(key)
            await raw.rpush(key, "someone else's list")  # WRONGTYPE for our GET
    finally:
        await raw.aclose()
    await limiter.acquire(ENDPOINT)  # falls back rather than raising redis.exceptions.ResponseError
    assert limiter.using_fallback


def test_a_forked_worker_counts_as_another_process_sharing_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    shared = RedisRateLimiter.from_url("redis://127.0.0.1:1/0", budget=BUDGET)
    parent = shared.process_id
    assert shared.process_id == parent
    monkeypatch.setattr(os, "getpid", lambda: -12345)  # what a child of gunicorn --preload sees
    assert shared.process_id != parent


@pytest.mark.asyncio
async def test_a_cancellation_swallowed_inside_a_redis_command_is_raised_again() -> None:
    """redis-py can swallow a CancelledError mid-command (redis/redis-py#2028); `bounded` restores it."""
    from perfectgym.redis._connection import bounded

    started = asyncio.Event()

    async def swallowing_command() -> str:
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "a reply read after the cancellation"
        return "never"

    task = asyncio.create_task(bounded(swallowing_command(), timeout=5))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    # Its own timeout is not a cancellation of the caller: a swallowed timeout just yields the reply.
    assert await bounded(swallowing_command(), timeout=0.01) == "a reply read after the cancellation"


# --- found by the hostile review --------------------------------------------------------------


@pytest.mark.asyncio
async def test_clients_of_one_key_share_the_fallback_and_the_warning_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A new client per request (common in web handlers) must not multiply the fallback budget."""
    shared = RedisRateLimiter.from_url("redis://127.0.0.1:1/0", budget=RateBudget(100, 1.0, jitter=0.0), workers=4)
    clock = FakeClock()
    with caplog.at_level(logging.WARNING, logger="perfectgym.redis"):
        for _ in range(4):
            await shared.limiter_for(API_KEY, clock).acquire(ENDPOINT)  # a new client each time
    assert clock.sleeps == pytest.approx([1 / 24] * 3)  # one process's share: 24 per second
    assert len([r for r in caplog.records if r.name == "perfectgym.redis"]) == 1


@pytest.mark.asyncio
async def test_a_hung_redis_never_fails_a_call_with_a_short_deadline(silent_server: int) -> None:
    shared = RedisRateLimiter.from_url(f"redis://127.0.0.1:{silent_server}/0", budget=BUDGET, socket_timeout=0.5)
    with respx.mock() as router:
        router.get(f"{BASE_URL}/v1/studios/utilization").mock(
            return_value=httpx.Response(200, json=schema_example("StudioUtilization"))
        )
        policy = RetryPolicy(deadline=0.3)
        async with AsyncPerfectGym(BASE_URL, API_KEY, rate_limiter=shared, retry_policy=policy) as client:
            await asyncio.wait_for(client.studios.get_utilization(), 2)  # Redis gets what is left, then the fallback


def test_malformed_redis_urls_and_a_limiter_class_are_configuration_errors() -> None:
    for url in ("redis://h:abc/0", "redis://h:1/0?bogus=1", "redis://h:1/0?socket_timeout=abc"):
        with pytest.raises(ConfigurationError, match="invalid Redis URL"):
            RedisRateLimiter.from_url(url, budget=BUDGET)
    with pytest.raises(ConfigurationError, match="instance"):
        AsyncPerfectGym(BASE_URL, API_KEY, rate_limiter=RedisRateLimiter)  # type: ignore[arg-type]


def test_a_password_in_the_url_query_is_hidden_in_reprs() -> None:
    for url in ("redis://127.0.0.1:6379/0?password=s3cret", "unix:///tmp/r.sock?password=s3cret"):
        assert "s3cret" not in repr(RedisRateLimiter.from_url(url, budget=BUDGET))


@pytest.mark.asyncio
async def test_an_unbelievable_slot_in_redis_is_reset_and_holds_are_capped(redis_url: str) -> None:
    """A slot an hour ahead (the Redis host's clock stepped back, or foreign data) must not block for an hour."""
    import redis.asyncio

    clock = FakeClock()
    limiter = RedisRateLimiter.from_url(redis_url, budget=BUDGET).limiter_for(API_KEY, clock)
    await limiter.acquire(ENDPOINT)
    raw = redis.asyncio.Redis.from_url(redis_url)
    try:
        (key,) = [k for k in await raw.keys("perfectgym:rate:*") if not k.endswith((b":processes", b":recovering"))]
        for far in (b"%d" % ((await raw.time())[0] * 1_000_000 + 3600 * 1_000_000), b"1e300"):
            await raw.set(key, far)
            await limiter.acquire(ENDPOINT, max_wait=2.0)
        await limiter.back_off(ENDPOINT, 1e12)  # a RetryPolicy(max_retry_after=1e12) would ask this
        assert await raw.pttl(key) <= 121_000 + 1_000
    finally:
        await raw.aclose()
    assert all(0 <= wait <= 2.0 for wait in clock.sleeps)


@pytest.mark.asyncio
async def test_a_cancelled_caller_gives_its_slot_back(redis_url: str) -> None:
    budget = RateBudget(1, 100.0, jitter=0.0)
    manual = ManualClock()
    first = RedisRateLimiter.from_url(redis_url, budget=budget).limiter_for(API_KEY, manual)
    await first.acquire(ENDPOINT)  # the slot now
    waiting = asyncio.create_task(first.acquire(ENDPOINT))  # reserves the slot 100 s ahead
    await sleepers_appear(manual, 1)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await asyncio.sleep(0.2)  # the give-back runs in the background
    other = FakeClock()
    await RedisRateLimiter.from_url(redis_url, budget=budget).limiter_for(API_KEY, other).acquire(ENDPOINT)
    assert 100.0 - SLACK < other.sleeps[0] <= 100.0  # the cancelled caller's slot, not the one after it


@pytest.mark.asyncio
async def test_a_caller_woken_late_moves_every_processs_next_slot_to_one_interval_after_its_send(
    redis_url: str,
) -> None:
    import time

    budget = RateBudget(10, 1.0, jitter=0.02)  # one slot per 0.102 s
    late = RedisRateLimiter.from_url(redis_url, budget=budget).limiter_for(API_KEY, SystemClockForTest())
    await late.acquire(ENDPOINT)
    second = asyncio.create_task(late.acquire(ENDPOINT))  # its slot is 0.102 s ahead
    await asyncio.sleep(0.02)
    time.sleep(0.4)  # noqa: ASYNC251 - a blocked event loop: the caller wakes ~0.3 s after its slot
    await second
    await asyncio.sleep(0.01)  # the re-anchoring runs in the background
    other = FakeClock()
    await RedisRateLimiter.from_url(redis_url, budget=budget).limiter_for(API_KEY, other).acquire(ENDPOINT)
    # Without re-anchoring the schedule lies in the past and the other process would send at once,
    # right behind the late request.
    assert other.sleeps and 0 < other.sleeps[0] <= budget.interval


class SystemClockForTest:
    """The real clock (the SDK's SystemClock), spelled out so the test reads on its own."""

    def __init__(self) -> None:
        from perfectgym._clock import SystemClock

        self._clock = SystemClock()
        self.monotonic = self._clock.monotonic
        self.now = self._clock.now
        self.sleep = self._clock.sleep


@pytest.mark.asyncio
async def test_after_an_outage_the_first_process_back_shares_the_budget_with_those_still_on_fallback() -> None:
    """Redis is back: the processes still on their fallback shares and those back on Redis must not
    add up to more than the budget, so the shared schedule runs at one share for a while."""
    budget = RateBudget(100, 1.0, jitter=0.0)
    with RedisServer() as server:
        clock = FakeClock()
        back = RedisRateLimiter.from_url(server.url, budget=budget, workers=4, retry_redis_after=0.5)
        limiter = back.limiter_for(API_KEY, clock)
        await limiter.acquire(ENDPOINT)
        server.stop()
        await limiter.acquire(ENDPOINT)
        assert limiter.using_fallback
        server.start()
        clock.elapsed += 1.0  # past retry_redis_after: the next call probes Redis and finds it back
        await limiter.acquire(ENDPOINT)
        assert not limiter.using_fallback
        other = FakeClock()
        healthy = RedisRateLimiter.from_url(server.url, budget=budget, workers=4).limiter_for(API_KEY, other)
        for _ in range(3):
            await healthy.acquire(ENDPOINT)
    # Spaced at a quarter of the budget (4 sharers), not at the full budget's 0.01 s.
    steps = [b - a for a, b in zip([0.0, *other.sleeps], other.sleeps, strict=False)]
    assert all(step > 3 * budget.interval for step in steps[1:])


# --- found by the second hostile review -------------------------------------------------------


def test_callers_queue_on_each_event_loop_when_one_limiter_serves_several(redis_url: str) -> None:
    """asyncio.Lock binds to the loop it first waits on: one lock for two asyncio.run batches broke."""
    shared = RedisRateLimiter.from_url(redis_url, budget=RateBudget(1000, 1.0, jitter=0.0))
    limiter = shared.limiter_for(API_KEY, FakeClock())

    async def batch() -> None:
        await asyncio.gather(*(limiter.acquire(ENDPOINT) for _ in range(3)))  # contended: they queue

    asyncio.run(batch())
    asyncio.run(batch())
    assert not limiter.using_fallback


def test_a_blocked_event_loop_during_a_redis_command_is_not_an_outage(redis_url: str) -> None:
    """The answer waits in the socket while the loop runs 0.7 s of synchronous work elsewhere."""
    import time

    import redis

    shared = RedisRateLimiter.from_url(redis_url, budget=RateBudget(100, 1.0), socket_timeout=0.5)
    limiter = shared.limiter_for(API_KEY, FakeClock())

    async def run() -> None:
        await limiter.acquire(ENDPOINT)  # connected, script loaded
        redis.Redis.from_url(redis_url).client_pause(100)  # the next reply is due in 100 ms...
        asyncio.get_running_loop().call_later(0.01, time.sleep, 0.7)  # ...and the loop is busy until 0.71 s
        await limiter.acquire(ENDPOINT)

    asyncio.run(run())
    assert not limiter.using_fallback

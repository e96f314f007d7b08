"""Delivery leases: claimed while handlers run, done only after success, released by their holder only.

The same semantics for the in-memory store (a manual clock) and RedisDeliveryStore (a real
Valkey server; leases of a few milliseconds, waited for with a bounded poll).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from hypothesis import given, settings
from hypothesis import strategies as st

from perfectgym.redis import RedisDeliveryStore
from perfectgym.webhooks import Claim, DeliveryStore, InMemoryDeliveryStore
from tests.support.fakes import ManualClock

LEASE = 0.05


class Lapse:
    """Lets a lease run out: the manual clock jumps; with Redis, poll until the key expired."""

    def __init__(self, clock: ManualClock | None) -> None:
        self.clock = clock

    async def past_lease(self, store: DeliveryStore, key: str) -> Claim:
        if self.clock is not None:
            self.clock.elapsed += LEASE * 2
            return await store.claim(key, LEASE)
        for _ in range(500):  # bounded: at most ~5 s for a 50 ms lease
            claim = await store.claim(key, LEASE)
            if claim.status != "busy":
                return claim
            await asyncio.sleep(0.01)
        raise AssertionError("the lease never ran out")


@pytest_asyncio.fixture(params=["memory", "redis"])
async def store_and_lapse(request: pytest.FixtureRequest) -> AsyncIterator[tuple[DeliveryStore, Lapse]]:
    if request.param == "memory":
        clock = ManualClock()
        yield InMemoryDeliveryStore(clock=clock.monotonic), Lapse(clock)
        return
    store = RedisDeliveryStore(request.getfixturevalue("redis_url"))
    yield store, Lapse(None)
    await store.aclose()


@pytest.mark.asyncio
async def test_a_claimed_delivery_is_busy_until_its_lease_runs_out(
    store_and_lapse: tuple[DeliveryStore, Lapse],
) -> None:
    store, lapse = store_and_lapse
    first = await store.claim("gym-a:u-1", LEASE)
    assert first.status == "claimed" and first.token
    assert (await store.claim("gym-a:u-1", LEASE)).status == "busy"
    assert (await store.claim("gym-b:u-1", LEASE)).status == "claimed"  # another studio: another delivery
    second = await lapse.past_lease(store, "gym-a:u-1")
    assert second.status == "claimed" and second.token != first.token


@pytest.mark.asyncio
async def test_a_holder_whose_lease_ran_out_cannot_release_the_next_holders_claim(
    store_and_lapse: tuple[DeliveryStore, Lapse],
) -> None:
    store, lapse = store_and_lapse
    stale = await store.claim("k", LEASE)
    current = await lapse.past_lease(store, "k")
    assert await store.release(stale) is False
    assert (await store.claim("k", 60)).status == "busy"  # still the current holder's
    assert await store.release(current) is True
    assert (await store.claim("k", 60)).status == "claimed"  # released: a redelivery runs again


@pytest.mark.asyncio
async def test_done_only_after_complete_and_a_late_release_does_not_undo_it(
    store_and_lapse: tuple[DeliveryStore, Lapse],
) -> None:
    store, _ = store_and_lapse
    claim = await store.claim("k", 60)
    assert await store.complete(claim) is True
    assert (await store.claim("k", 60)).status == "done"
    assert await store.release(claim) is False
    assert (await store.claim("k", 60)).status == "done"


@pytest.mark.asyncio
async def test_a_success_after_the_lease_ran_out_still_marks_the_delivery_done(
    store_and_lapse: tuple[DeliveryStore, Lapse],
) -> None:
    store, lapse = store_and_lapse
    slow = await store.claim("k", LEASE)
    other = await lapse.past_lease(store, "k")
    assert await store.complete(slow) is False  # it had lost the lease ...
    assert (await store.claim("k", 60)).status == "done"  # ... but the handlers did succeed
    assert await store.release(other) is False


@pytest.mark.asyncio
async def test_redis_keys_hold_no_webhook_key_and_stay_short_for_huge_uuids(redis_url: str) -> None:
    store = RedisDeliveryStore(redis_url, prefix="t")
    await store.complete(await store.claim("gym-a:" + "u" * 100_000, 60))
    keys: Any = await store.redis.get().keys("*")
    assert len(keys) == 1 and len(keys[0]) < 120 and keys[0].startswith(b"t:webhooks:delivery:sha256:")
    await store.aclose()


Op = tuple[str, int]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["claim", "complete", "release", "tick"]), st.integers(0, 2)), max_size=40))
def test_any_interleaving_of_three_replicas_matches_the_lease_model(ops: list[Op]) -> None:
    """The in-memory store against a model: one live holder, done is final, only the holder releases."""

    async def run() -> None:
        clock = ManualClock()
        store = InMemoryDeliveryStore(clock=clock.monotonic)
        claims: dict[int, Claim] = {}  # the last claim each replica got
        holder: tuple[str, float] | None = None  # the model: (token, lease end) or None
        done = False
        for op, actor in ops:
            now = clock.elapsed
            if op == "tick":
                clock.elapsed += 0.6  # leases last 1 s
            elif op == "claim":
                claim = await store.claim("k", 1.0)
                expected = "done" if done else "busy" if holder and holder[1] > now else "claimed"
                assert claim.status == expected
                if claim.status == "claimed":
                    claims[actor], holder = claim, (claim.token, now + 1.0)
            elif actor in claims:
                mine = claims[actor]
                holds = not done and holder is not None and holder[0] == mine.token
                if op == "complete":
                    assert await store.complete(mine) is (holds and holder is not None and holder[1] > now)
                    done, holder = True, None
                else:
                    assert await store.release(mine) is holds
                    holder = None if holds else holder

    asyncio.run(run())

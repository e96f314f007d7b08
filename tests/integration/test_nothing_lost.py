"""Nothing lost under faults: 429 windows, 503s, dropped connections and slow answers at once."""

from __future__ import annotations

import pytest

import perfectgym
from perfectgym import AccessRestriction, AsyncPerfectGym, RetryPolicy
from perfectgym.testing import LocalTenant, RateLimit, Studio, StudioData

pytestmark = pytest.mark.slow

# Fast waits between retries; Retry-After from a 429 still wins and is waited out for real.
PERSISTENT = RetryPolicy(max_retries=10, initial_wait=0.005, max_wait=0.05, deadline=120.0)


@pytest.mark.asyncio
async def test_a_full_read_of_20000_customers_under_faults_returns_every_id_once_in_order() -> None:
    data = StudioData(1, "Chaos", seed=3, customer_count=20_000, member_share=100)
    async with LocalTenant([Studio(api_key="k", data=data)]) as tenant:
        tenant.faults.configure(
            "getCustomers",
            rate_limit=RateLimit(12, window=1.0),
            fail_with_503=3,
            fail_with_503_rate=0.08,
            drop_connection_rate=0.05,
            latency=0.003,
        )
        # No client budget here: the point is to hit the server's 429 windows and survive them.
        async with AsyncPerfectGym(tenant.url, "k", retry_policy=PERSISTENT, rate_budget=None) as client:
            ids = [customer.id async for customer in client.customers.iter_customers(slice_size=500)]
        counts = tenant.faults
        injected = {kind: counts.count(kind) for kind in ("rate_limit", "fail_with_503", "drop_connection")}
    assert ids == list(data.customer_ids)  # all 20 000, each once, in order
    assert all(n > 0 for n in injected.values()), injected


@pytest.mark.asyncio
async def test_a_batch_of_5000_idempotent_updates_applies_each_exactly_once() -> None:
    data = StudioData(1, "Batch", seed=5, customer_count=5_000)
    async with LocalTenant([Studio(api_key="k", data=data)]) as tenant:
        tenant.faults.configure(
            "setAccessRestriction",
            fail_with_429=5,
            fail_with_429_rate=0.002,
            fail_with_503_rate=0.05,
            drop_connection_rate=0.03,
        )
        async with AsyncPerfectGym(tenant.url, "k", retry_policy=PERSISTENT, rate_budget=None) as client:
            restrictions = {cid: AccessRestriction(f"batch {cid}") for cid in data.customer_ids}
            await client.gather(
                (client.customers.set_access_restriction(cid, r) for cid, r in restrictions.items()), concurrency=32
            )
        injected = {kind: tenant.faults.count(kind) for kind in ("fail_with_429", "fail_with_503", "drop_connection")}
    assert data.restrictions == {cid: {"reason": f"batch {cid}"} for cid in data.customer_ids}
    assert all(n > 0 for n in injected.values()), injected


@pytest.mark.asyncio
async def test_a_post_that_may_have_executed_is_not_retried_and_surfaces_as_a_typed_error() -> None:
    data = StudioData(1, "Bookings", customer_count=50)
    async with LocalTenant([Studio(api_key="k", data=data)]) as tenant:
        tenant.faults.configure("bookClassSlot", drop_connection=1)
        async with AsyncPerfectGym(tenant.url, "k", retry_policy=PERSISTENT, rate_budget=None) as client:
            with pytest.raises(perfectgym.APIConnectionError) as info:
                await client.classes.book_class_slot(body={"customerId": 1001, "classSlotId": 1001})
    assert info.value.attempts == 1 and info.value.method == "POST"
    assert [b["customerId"] for b in data.class_bookings.values()] == [1001]  # executed once, not twice

"""The local tenant's two connection faults, told apart by what the tenant's state shows afterwards."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

import perfectgym
from perfectgym import AccessRestriction, AsyncPerfectGym, RetryPolicy
from perfectgym.testing import LocalTenant, RateLimit

RESTRICTION = AccessRestriction("dropped connection test", dt.date(2026, 2, 1), dt.date(2026, 2, 28))


@pytest.mark.asyncio
async def test_drop_before_response_leaves_a_write_unapplied_while_drop_connection_applies_it(
    local_tenant: LocalTenant, perfectgym_client: AsyncPerfectGym
) -> None:
    data = local_tenant.studios[0].data
    not_applied, applied = data.customer_ids[-2], data.customer_ids[-1]
    for customer_id in (not_applied, applied):
        data.restrictions.pop(customer_id, None)
    once = perfectgym_client.with_options(max_retries=0)  # a PUT is retried by default; see the single attempt

    local_tenant.faults.configure("setAccessRestriction", drop_before_response=1)
    with pytest.raises(perfectgym.APIConnectionError) as before:
        await once.customers.set_access_restriction(not_applied, RESTRICTION)
    assert "without sending a response" in str(before.value)  # not a byte came back, not even a 500
    assert not_applied not in data.restrictions

    local_tenant.faults.configure("setAccessRestriction", drop_connection=1)
    with pytest.raises(perfectgym.APIConnectionError):
        await once.customers.set_access_restriction(applied, RESTRICTION)
    assert data.restrictions[applied]["reason"] == RESTRICTION.reason  # the handler ran before the drop

    assert local_tenant.faults.count("drop_before_response", "setAccessRestriction") == 1
    assert local_tenant.faults.count("drop_connection", "setAccessRestriction") == 1


@pytest.mark.asyncio
async def test_a_get_dropped_before_response_succeeds_on_the_retry(
    local_tenant: LocalTenant, perfectgym_client: AsyncPerfectGym
) -> None:
    local_tenant.faults.configure("getCustomerById", drop_before_response=1)
    fast = perfectgym_client.with_options(retry_policy=RetryPolicy(initial_wait=0.01))
    raw = await fast.customers.with_raw_response.get_customer_by_id(1003)
    assert raw.attempts == 2 and raw.parsed.id == 1003
    assert local_tenant.faults.count("drop_before_response") == 1
    assert [op for _, _, op in local_tenant.tenant.requests] == ["getCustomerById", "getCustomerById"]


def _slow_client(local_tenant: LocalTenant) -> tuple[AsyncPerfectGym, int]:
    """A client of a tenant whose getCustomerById takes 0.5 s, and a customer id to ask for."""
    local_tenant.faults.configure("getCustomerById", latency=0.5)
    client = AsyncPerfectGym(local_tenant.url, local_tenant.api_key, rate_budget=None)
    return client, local_tenant.studios[0].data.customer_ids[0]


async def _first_request_in_flight(local_tenant: LocalTenant) -> None:
    for _ in range(500):  # 5 s at most
        if local_tenant.tenant.requests:
            return
        await asyncio.sleep(0.01)


@pytest.mark.asyncio
async def test_closing_a_client_stops_its_calls_in_flight_and_nothing_is_sent_afterwards(
    local_tenant: LocalTenant,
) -> None:
    client, customer_id = _slow_client(local_tenant)
    calls = [asyncio.create_task(client.customers.get_customer_by_id(customer_id)) for _ in range(250)]
    await _first_request_in_flight(local_tenant)  # most of the others wait for a connection
    await client.aclose()
    received_at_close = len(local_tenant.tenant.requests)
    outcomes = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 10)
    await asyncio.sleep(0.6)  # long enough for any request still queued in the pool to reach the tenant
    assert len(local_tenant.tenant.requests) == received_at_close < 250
    assert all(isinstance(outcome, perfectgym.ClientClosedError) for outcome in outcomes), {
        type(o).__name__ for o in outcomes
    }
    with pytest.raises(perfectgym.ClientClosedError):
        await client.customers.get_customer_by_id(customer_id)


@pytest.mark.asyncio
async def test_the_callers_own_cancellation_stays_a_cancellation(local_tenant: LocalTenant) -> None:
    local_tenant.faults.configure("getCustomerById", latency=0.5)
    customer_id = local_tenant.studios[0].data.customer_ids[0]
    async with AsyncPerfectGym(local_tenant.url, local_tenant.api_key, rate_budget=None) as client:
        call = asyncio.create_task(client.customers.get_customer_by_id(customer_id))
        await asyncio.sleep(0.1)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        local_tenant.faults.clear()
        assert (await client.customers.get_customer_by_id(customer_id)).id == customer_id


@pytest.mark.asyncio
async def test_a_call_started_while_the_client_is_closing_is_refused_and_never_sent(local_tenant: LocalTenant) -> None:
    local_tenant.faults.configure("getCustomerById", latency=0.5)
    first, second = local_tenant.studios[0].data.customer_ids[:2]
    client = AsyncPerfectGym(local_tenant.url, local_tenant.api_key, rate_budget=None)
    in_flight = asyncio.create_task(client.customers.get_customer_by_id(first))
    await _first_request_in_flight(local_tenant)
    closing = asyncio.create_task(client.aclose())
    await asyncio.sleep(0)
    with pytest.raises(perfectgym.ClientClosedError):
        await client.customers.get_customer_by_id(second)
    await closing
    with pytest.raises(perfectgym.ClientClosedError):
        await in_flight
    await asyncio.sleep(0.6)
    assert [op for _, _, op in local_tenant.tenant.requests] == ["getCustomerById"]


@pytest.mark.asyncio
async def test_concurrent_and_cancelled_closes_still_stop_calls_with_a_typed_error_and_close_the_pool(
    local_tenant: LocalTenant,
) -> None:
    client, customer_id = _slow_client(local_tenant)
    call = asyncio.create_task(client.customers.get_customer_by_id(customer_id))
    await _first_request_in_flight(local_tenant)
    impatient = asyncio.create_task(client.aclose())
    await asyncio.sleep(0)
    impatient.cancel()  # a shutdown hook giving up on the close
    await asyncio.gather(client.aclose(), client.aclose(), impatient, return_exceptions=True)
    with pytest.raises(perfectgym.ClientClosedError):
        await call
    with pytest.raises(perfectgym.ClientClosedError):
        await client.customers.get_customer_by_id(customer_id)


@pytest.mark.asyncio
async def test_a_write_refused_with_429_and_closed_during_its_retry_wait_did_not_execute(
    local_tenant: LocalTenant,
) -> None:
    customer_id = local_tenant.studios[0].data.customer_ids[0]
    local_tenant.faults.configure("setAccessRestriction", rate_limit=RateLimit(0, window=30))
    client = AsyncPerfectGym(local_tenant.url, local_tenant.api_key, rate_budget=None)
    call = asyncio.create_task(client.customers.set_access_restriction(customer_id, RESTRICTION))
    await _first_request_in_flight(local_tenant)
    await asyncio.sleep(0.2)  # the 429 arrived; the call now waits out Retry-After
    await client.aclose()
    with pytest.raises(perfectgym.ClientClosedError) as info:
        await call
    assert info.value.may_have_executed is False and "may have executed" not in str(info.value)

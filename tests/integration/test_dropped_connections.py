"""The local tenant's two connection faults, told apart by what the tenant's state shows afterwards."""

from __future__ import annotations

import datetime as dt

import pytest

import perfectgym
from perfectgym import AccessRestriction, AsyncPerfectGym, RetryPolicy
from perfectgym.testing import LocalTenant

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

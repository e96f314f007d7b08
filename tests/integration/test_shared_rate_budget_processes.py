"""Four worker processes share one studio key against a local tenant that enforces the limit.

The tenant counts requests per endpoint in fixed 4-second windows and answers 429 beyond
400 (the API's 1000/min scaled to 100/s). With the Redis-shared limiter and a budget equal
to that limit, the run ends without a single 429 and near the allowed rate; with one
budget per process (the negative control) the server answers 429s.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from perfectgym.testing import LocalTenant, RateLimit
from tests.support.shared_budget_run import run_workers

LIMIT, WINDOW = 400, 4.0
WORKERS = 4


@pytest.fixture
def limited_tenant() -> Iterator[LocalTenant]:
    with LocalTenant() as tenant:
        tenant.faults.configure("*", rate_limit=RateLimit(LIMIT, window=WINDOW))
        yield tenant


def test_four_processes_sharing_a_key_through_redis_get_no_429_at_the_full_rate(
    limited_tenant: LocalTenant, redis_url: str
) -> None:
    result = run_workers(
        limited_tenant.url,
        limited_tenant.api_key,
        workers=WORKERS,
        calls_each=200,
        concurrency=8,
        requests=LIMIT,
        per=WINDOW,
        redis_url=redis_url,
    )
    assert result.failed == []
    assert result.ok == WORKERS * 200
    assert limited_tenant.faults.count("rate_limit") == 0
    assert result.seen_429 == 0
    assert result.achieved_rate() >= 0.95 * LIMIT / WINDOW


def test_negative_control_one_budget_per_process_trips_the_servers_limit(limited_tenant: LocalTenant) -> None:
    result = run_workers(
        limited_tenant.url,
        limited_tenant.api_key,
        workers=WORKERS,
        calls_each=150,  # 600 calls at 4x the rate: over the 400 of the first window
        concurrency=8,
        requests=LIMIT,
        per=WINDOW,
        redis_url=None,
    )
    assert limited_tenant.faults.count("rate_limit") > 0
    assert result.seen_429 > 0

"""pytest fixtures for the local tenant: add ``pytest_plugins = ["perfectgym.testing.pytest_plugin"]``.

``local_tenant`` is one running server per test session (faults and requests are reset
for each test); ``perfectgym_client`` is an AsyncPerfectGym bound to its demo studio, with
the client-side rate budget off (the local tenant has no limit unless a test sets one).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

from perfectgym import AsyncPerfectGym
from perfectgym.testing._server import LocalTenant


@pytest.fixture(scope="session")
def local_tenant_session() -> Iterator[LocalTenant]:
    with LocalTenant() as tenant:
        yield tenant


@pytest.fixture
def local_tenant(local_tenant_session: LocalTenant) -> Iterator[LocalTenant]:
    local_tenant_session.faults.clear()
    local_tenant_session.tenant.requests.clear()
    yield local_tenant_session
    local_tenant_session.faults.clear()


@pytest_asyncio.fixture
async def perfectgym_client(local_tenant: LocalTenant) -> AsyncIterator[AsyncPerfectGym]:
    async with AsyncPerfectGym(local_tenant.url, local_tenant.api_key, rate_budget=None) as client:
        yield client

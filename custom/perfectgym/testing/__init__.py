"""A local PerfectGym tenant for tests, demos and benchmarks (``pip install perfectgym[testing]``).

    from perfectgym.testing import LocalTenant

    async with LocalTenant(customers=100_000) as tenant:
        async with AsyncPerfectGym(tenant.url, tenant.api_key) as client:
            ...
        tenant.faults.configure("getCustomers", fail_with_503=2)

Serves the API's real paths and JSON shapes in memory, checks ``X-API-KEY`` per studio,
answers errors with the documented error JSON and injects faults on request. Needs
starlette and uvicorn; the core ``perfectgym`` package never imports this one.
"""

from __future__ import annotations

from perfectgym.testing._app import ApiError, LocalTenantApp, Studio, create_app
from perfectgym.testing._data import StudioData
from perfectgym.testing._faults import EndpointFaults, FaultInjector, RateLimit
from perfectgym.testing._server import DEFAULT_API_KEYS, LocalTenant, default_studios

__all__ = [
    "DEFAULT_API_KEYS",
    "ApiError",
    "EndpointFaults",
    "FaultInjector",
    "LocalTenant",
    "LocalTenantApp",
    "RateLimit",
    "Studio",
    "StudioData",
    "create_app",
    "default_studios",
]

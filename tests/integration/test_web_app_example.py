"""The web-backend example, driven through httpx's ASGI transport against the local tenant."""

from __future__ import annotations

import httpx
import pytest

from examples.web_app import create_app
from perfectgym.testing import LocalTenant


@pytest.mark.asyncio
async def test_web_app_owns_one_client_and_maps_sdk_errors(local_tenant: LocalTenant) -> None:
    app = create_app(base_url=local_tenant.url, api_key=local_tenant.api_key)
    async with app.router.lifespan_context(app):  # what a server does at startup and shutdown
        client = app.state.perfectgym
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
            listed = await http.get("/customers", params={"limit": 3})
            assert listed.status_code == 200 and len(listed.json()["customers"]) == 3
            first = listed.json()["customers"][0]["id"]

            assert (await http.get(f"/customers/{first}")).json()["id"] == first
            missing = await http.get("/customers/1")
            assert missing.status_code == 404 and missing.json()["upstreamTraceId"].startswith("local-")

            before = len(local_tenant.tenant.requests)
            broken = await http.put(f"/customers/{first}/restriction", json={"reason": "x", "startDate": "2026-01-01"})
            assert broken.status_code == 422 and "start_date and end_date must be given together" in broken.text
            assert len(local_tenant.tenant.requests) == before  # refused before reaching PerfectGym

            ok = await http.put(
                f"/customers/{first}/restriction",
                json={"reason": "x", "startDate": "2026-01-01", "endDate": "2026-01-02"},
            )
            assert ok.status_code == 200 and ok.json()["endDate"] == "2026-01-02"
            assert (await http.delete(f"/customers/{first}/restriction")).status_code == 204

            local_tenant.faults.configure("getCustomerById", fail_with_503=10)
            busy = await http.get(f"/customers/{first}")
            assert busy.status_code == 503 and busy.headers["Retry-After"]
            assert app.state.perfectgym is client  # the same client served every request
    assert client._http.is_closed  # closed with the app


@pytest.mark.asyncio
async def test_bad_upstream_key_is_a_502_not_a_401(local_tenant: LocalTenant) -> None:
    app = create_app(base_url=local_tenant.url, api_key="wrong-key")
    transport = httpx.ASGITransport(app=app)
    async with app.router.lifespan_context(app), httpx.AsyncClient(transport=transport, base_url="http://app") as http:
        response = await http.get("/customers/1003")
    assert response.status_code == 502 and "wrong-key" not in response.text

"""The local tenant answers junk requests as the API does: a 400 with the documented error JSON, never a 500."""

from __future__ import annotations

import httpx
import pytest

import perfectgym
from perfectgym import AsyncPerfectGym
from perfectgym.testing import LocalTenant

JUNK = [
    ("GET", "/v1/customers/%C2%B2", None),  # a superscript two: str.isdigit() says yes, int() says no
    ("GET", "/v1/customers/" + "9" * 5000, None),
    ("GET", "/v1/customers?offset=%C2%B2", None),
    ("GET", "/v1/customers?offset=" + "9" * 5000, None),
    ("GET", "/v1/customers?sliceSize=%C2%B2", None),
    ("POST", "/v1/customers/search", b"[" * 100_000),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("method", "path", "body"), JUNK, ids=[f"{m} {p[:40]}" for m, p, _ in JUNK])
async def test_junk_parameters_and_bodies_get_the_documented_400(
    local_tenant: LocalTenant, method: str, path: str, body: bytes | None
) -> None:
    async with httpx.AsyncClient(base_url=local_tenant.url, headers={"X-API-KEY": local_tenant.api_key}) as http:
        response = await http.request(method, path, content=body)
    assert response.status_code == 400, response.text
    assert response.json()["errorMessage"]


@pytest.mark.asyncio
async def test_a_huge_start_offset_through_the_sdk_is_a_bad_request_not_a_server_error(
    perfectgym_client: AsyncPerfectGym,
) -> None:
    with pytest.raises(perfectgym.BadRequestError):
        async for _ in perfectgym_client.customers.iter_customers(start_offset="9" * 5000):
            pass

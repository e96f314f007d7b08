"""verify_api_key: HEAD answers 200 for a good key, 401 for a bad one."""

from __future__ import annotations

import httpx
import pytest
import respx

import perfectgym
from tests.support.fakes import API_KEY, BASE_URL, make_client

URL = f"{BASE_URL}/v1/studios/information"


@pytest.mark.asyncio
@pytest.mark.parametrize(("status", "expected"), [(200, True), (401, False)])
async def test_verify_api_key(status: int, expected: bool) -> None:
    with respx.mock() as router:
        route = router.head(URL).respond(status)
        async with make_client() as client:
            assert await client.verify_api_key() is expected
    request = route.calls.last.request
    assert request.method == "HEAD" and request.headers["X-API-KEY"] == API_KEY


@pytest.mark.asyncio
async def test_other_failures_raise_typed_errors() -> None:
    with respx.mock() as router:
        router.head(URL).respond(403)
        async with make_client() as client:
            with pytest.raises(perfectgym.PermissionDeniedError):
                await client.verify_api_key()
        router.head(URL).mock(side_effect=httpx.ConnectError("refused"))
        async with make_client(max_retries=0) as client:
            with pytest.raises(perfectgym.APIConnectionError):
                await client.verify_api_key()


@pytest.mark.asyncio
async def test_a_throttled_check_is_retried() -> None:
    with respx.mock() as router:
        route = router.head(URL).mock(side_effect=[httpx.Response(503), httpx.Response(200)])
        async with make_client() as client:
            assert await client.verify_api_key() is True
    assert route.call_count == 2

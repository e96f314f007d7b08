"""Constructing, configuring and closing AsyncPerfectGym; the key never shows."""

from __future__ import annotations

import httpx
import pytest
import respx

from perfectgym import AsyncPerfectGym, ConfigurationError, RetryPolicy
from tests.support.fakes import API_KEY, BASE_URL, make_client
from tests.support.spec import schema_example


def test_base_url_and_key_default_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERFECTGYM_BASE_URL", "https://gym-one.open-api.perfectgym.com/")
    monkeypatch.setenv("PERFECTGYM_API_KEY", API_KEY)
    client = AsyncPerfectGym()
    assert client.base_url == "https://gym-one.open-api.perfectgym.com"


@pytest.mark.parametrize(
    ("env", "missing"),
    [({"PERFECTGYM_API_KEY": API_KEY}, "base_url"), ({"PERFECTGYM_BASE_URL": BASE_URL}, "api_key")],
)
def test_missing_settings_fail_at_construction(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], missing: str
) -> None:
    monkeypatch.delenv("PERFECTGYM_BASE_URL", raising=False)
    monkeypatch.delenv("PERFECTGYM_API_KEY", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=f"{missing} is missing") as info:
        AsyncPerfectGym()
    assert API_KEY not in str(info.value)


def test_for_tenant_builds_the_tenant_url() -> None:
    client = AsyncPerfectGym.for_tenant("demo", api_key=API_KEY)
    assert client.base_url == "https://demo.open-api.perfectgym.com"
    with pytest.raises(ConfigurationError, match="DNS label"):
        AsyncPerfectGym.for_tenant("demo.evil.com/x", api_key=API_KEY)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://localhost:4010/", "http://[::1]:9000", "http://127.8.9.10"]
)
def test_plain_http_is_accepted_for_loopback(url: str) -> None:
    assert AsyncPerfectGym(url, API_KEY).base_url.startswith("http://")


@pytest.mark.parametrize("url", ["http://demo.open-api.perfectgym.com", "http://10.0.0.5", "ftp://x.example"])
def test_plain_http_is_refused_elsewhere(url: str) -> None:
    with pytest.raises(ConfigurationError, match="https"):
        AsyncPerfectGym(url, API_KEY)


@pytest.mark.parametrize("url", ["not a url", "https://", "https://demo.example?x=1"])
def test_malformed_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        AsyncPerfectGym(url, API_KEY)


def test_repr_never_shows_the_key() -> None:
    client = make_client()
    text = repr(client) + repr(client.customers) + repr(client.with_options(max_retries=0))
    assert API_KEY not in text
    assert "redacted" in repr(client)


@pytest.mark.asyncio
async def test_with_options_shares_the_pool_and_changes_only_the_view() -> None:
    async with make_client(max_retries=5, timeout=20.0) as client:
        view = client.with_options(max_retries=0, timeout=5)
        assert view._http is client._http
        assert (view.retry_policy.max_retries, view.timeout.read) == (0, 5.0)
        assert (client.retry_policy.max_retries, client.timeout.read) == (5, 20.0)
        await view.aclose()  # a view does not own the pool
        assert not client._http.is_closed
    assert client._http.is_closed


@pytest.mark.asyncio
async def test_a_borrowed_http_client_is_left_open() -> None:
    async with httpx.AsyncClient() as shared:
        async with AsyncPerfectGym(BASE_URL, API_KEY, http_client=shared) as client:
            assert client._http is shared
        assert not shared.is_closed


@pytest.mark.asyncio
async def test_accept_language_and_user_agent_are_sent() -> None:
    with respx.mock(assert_all_called=True) as router:
        route = router.get(f"{BASE_URL}/v1/studios/information").respond(200, json=schema_example("StudioInformation"))
        async with make_client(accept_language="de") as client:
            await client.studios.with_raw_response.get_studio_information()
            await client.studios.get_studio_information(extra_headers={"Accept-Language": "pl"})  # one call's own
    first, second = (call.request.headers for call in route.calls)
    assert first["Accept-Language"] == "de" and second["Accept-Language"] == "pl"
    assert first["User-Agent"].startswith("perfectgym-python/")


def test_retry_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)

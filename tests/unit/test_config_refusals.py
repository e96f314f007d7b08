"""Settings that cannot be sent safely are refused when the client is built, without echoing secrets."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st

from perfectgym import AsyncPerfectGym, ConfigurationError, RateBudget, RetryPolicy
from tests.support.fakes import API_KEY, BASE_URL

UNSENDABLE = ["\r", "\n", "\0", "\x7f", "\x1b", "é", "\u2028", "🔑"]


@pytest.mark.parametrize("bad", UNSENDABLE)
def test_an_api_key_that_cannot_be_a_header_is_refused_without_echoing_it(bad: str) -> None:
    key = f"sk-live-{bad}-TOPSECRET"
    with pytest.raises(ConfigurationError) as info:
        AsyncPerfectGym(BASE_URL, key)
    assert "TOPSECRET" not in str(info.value) and "sk-live" not in str(info.value)
    assert "api_key" in str(info.value) and "position 8" in str(info.value)


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=20),
    bad=st.characters(blacklist_categories=(), blacklist_characters=[chr(c) for c in range(0x20, 0x7F)]),
)
def test_any_unsendable_character_in_a_key_is_refused_and_never_shown(prefix: str, bad: str) -> None:
    secret = f"{prefix}{bad}SECRET-TAIL"
    with pytest.raises(ConfigurationError) as info:
        AsyncPerfectGym(BASE_URL, secret)
    assert "SECRET-TAIL" not in str(info.value) and secret not in repr(info.value)


@pytest.mark.parametrize("bad", UNSENDABLE)
def test_an_accept_language_that_cannot_be_a_header_is_refused_at_construction_and_in_views(bad: str) -> None:
    with pytest.raises(ConfigurationError, match="accept_language"):
        AsyncPerfectGym(BASE_URL, API_KEY, accept_language=f"de{bad}")
    client = AsyncPerfectGym(BASE_URL, API_KEY)
    with pytest.raises(ConfigurationError, match="accept_language"):
        client.with_options(accept_language=f"de-DE{bad}")


@pytest.mark.parametrize(
    "url",
    [
        "https://user:hunter2@demo.open-api.perfectgym.com",
        "http://admin:hunter2@127.0.0.1:8080",
        "https://hunter2@x.example",
    ],
)
def test_a_base_url_with_credentials_is_refused_without_showing_the_password(url: str) -> None:
    with pytest.raises(ConfigurationError, match="user name or password") as info:
        AsyncPerfectGym(url, API_KEY)
    assert "hunter2" not in str(info.value)


@pytest.mark.asyncio
async def test_the_key_as_configured_is_what_goes_out_and_no_basic_auth() -> None:
    with respx.mock() as router:
        route = router.head(f"{BASE_URL}/v1/studios/information").respond(200)
        async with AsyncPerfectGym(BASE_URL, f"  {API_KEY}\n", accept_language="de-DE") as client:
            assert await client.verify_api_key()
    sent = route.calls.last.request.headers
    assert sent["X-API-KEY"] == API_KEY and "Authorization" not in sent and sent["Accept-Language"] == "de-DE"


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": "3"},
        {"timeout": -1},
        {"timeout": float("nan")},
        {"max_retries": "3"},
        {"max_retries": -1},
        {"max_response_bytes": 0},
        {"max_response_bytes": 1.5},
        {"rate_budget": (1000, 60)},
        {"retry_policy": {"max_retries": 3}},
    ],
)
def test_wrongly_typed_options_are_a_configuration_error(options: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        AsyncPerfectGym(BASE_URL, API_KEY, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "build",
    [
        lambda: RetryPolicy(max_retries=True),
        lambda: RetryPolicy(deadline=float("inf")),
        lambda: RetryPolicy(max_retry_after=-1),
        lambda: RateBudget(0, 60),
        lambda: RateBudget(100, float("nan")),
    ],
)
def test_nonsense_policies_are_a_configuration_error(build: object) -> None:
    with pytest.raises(ConfigurationError):
        build()  # type: ignore[operator]


def test_httpx_is_not_asked_to_parse_an_invalid_url_with_a_password() -> None:
    with pytest.raises(ConfigurationError) as info:
        AsyncPerfectGym("https://u:hunter2@[::1", API_KEY)
    assert "hunter2" not in str(info.value)
    assert httpx  # the URL parser involved


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), float("inf"), True, "5"])
def test_every_seconds_setting_of_the_redis_extra_and_the_receiver_refuses_what_is_no_positive_duration(
    bad: object,
) -> None:
    from perfectgym import StudioRegistry
    from perfectgym.redis import RedisDeliveryStore, RedisRateLimiter, RedisWebhookQueue
    from perfectgym.webhooks import app

    url = "redis://127.0.0.1:1/0"
    builds: dict[str, Callable[[], object]] = {
        "retry_redis_after": lambda: RedisRateLimiter.from_url(url, retry_redis_after=bad),  # type: ignore[arg-type]
        "socket_timeout": lambda: RedisRateLimiter.from_url(url, socket_timeout=bad),  # type: ignore[arg-type]
        "done_ttl": lambda: RedisDeliveryStore(url, done_ttl=bad),  # type: ignore[arg-type]
        "claim_idle": lambda: RedisWebhookQueue(url, claim_idle=bad),  # type: ignore[arg-type]
        "seen_ttl": lambda: RedisWebhookQueue(url, seen_ttl=bad),  # type: ignore[arg-type]
        "lease_seconds": lambda: app(StudioRegistry(), {}, lease_seconds=bad),  # type: ignore[arg-type]
    }
    for name, build in builds.items():
        with pytest.raises(ConfigurationError, match=f"{name} must be a finite number of seconds > 0"):
            build()

"""The receiver against hostile or unusual requests, and under the URL a framework actually routes."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from perfectgym import StudioConfig, StudioRegistry
from perfectgym._webhook_events import MAX_JSON_DEPTH, MAX_UUID_LENGTH
from perfectgym.redis import RedisDeliveryStore, RedisWebhookQueue
from perfectgym.webhooks import WebhookContext, WebhookReceiver, app
from tests.support.webhook_bodies import A, asgi_client, delivery, headers


class KeyRecorder(StudioRegistry):
    """A registry that notes which key text the receiver looked up."""

    def __init__(self) -> None:
        self.offered: list[str | None] = []
        super().__init__([A])
        self.offered.clear()

    def studio_for_webhook_key(self, key: str | None) -> StudioConfig | None:
        self.offered.append(key)
        return super().studio_for_webhook_key(key)


async def _noop(ctx: WebhookContext) -> None:
    return None


@pytest.mark.asyncio
async def test_json_nested_200000_deep_answers_400() -> None:
    body = b'{"uuid": "u", "payload": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    receiver = app(StudioRegistry([A]), {"*": _noop})
    async with asgi_client(receiver) as http:
        response = await http.post("/", content=body, headers=headers())
    assert response.status_code == 400 and "nested too deeply" in response.json()["error"]


@pytest.mark.asyncio
async def test_the_key_header_is_read_as_utf8_bytes_not_latin1() -> None:
    registry = KeyRecorder()
    receiver = app(registry, {"*": _noop})
    async with asgi_client(receiver) as http:
        utf8 = await http.post("/", json=delivery(), headers=[(b"x-api-key", "clé-ü".encode())])
        not_utf8 = await http.post("/", json=delivery(), headers=[(b"x-api-key", b"cl\xe9")])
        right = await http.post("/", json=delivery(), headers=headers())
    # A non-ASCII key reaches the comparison as the text whose UTF-8 bytes the header carried
    # (latin-1 decoding made "clÃ©-Ã¼" of it); bytes that are no UTF-8 match no key at all.
    assert registry.offered[0] == "clé-ü" and len(registry.offered) == 2
    assert utf8.status_code == not_utf8.status_code == 401 and right.status_code == 200


@pytest.mark.asyncio
async def test_starlette_route_answers_the_exact_url_and_mount_needs_the_trailing_slash() -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount, Route

    calls: list[str] = []

    async def record(ctx: WebhookContext) -> None:
        calls.append(ctx.event.uuid)

    receiver = app(StudioRegistry([A]), {"*": record})
    routed = Starlette(routes=[Route("/webhooks/perfectgym", receiver, methods=["POST"])])
    mounted = Starlette(routes=[Mount("/webhooks/perfectgym", app=receiver)])
    async with asgi_client(routed) as http:
        exact = await http.post("/webhooks/perfectgym", json=delivery(uuid="route"), headers=headers())
        wrong_method = await http.get("/webhooks/perfectgym")
    async with asgi_client(mounted) as http:
        with_slash = await http.post("/webhooks/perfectgym/", json=delivery(uuid="mount"), headers=headers())
        without_slash = await http.post("/webhooks/perfectgym", json=delivery(uuid="lost"), headers=headers())
    await receiver.drain()
    assert exact.status_code == 200 and with_slash.status_code == 200 and wrong_method.status_code == 405
    # Starlette's redirect, which the platform does not follow: hence the README's Route form.
    assert without_slash.status_code == 307 and without_slash.headers["location"].endswith("/webhooks/perfectgym/")
    assert sorted(calls) == ["mount", "route"]


@pytest.mark.asyncio
async def test_a_non_ascii_webhook_key_is_accepted_and_matches_the_utf8_bytes_of_the_header() -> None:
    key = "clé-ü-秘密-hook"
    studio = StudioConfig("gym-u", "https://gym-u.open-api.perfectgym.com", "api-key-u", key)
    handled: list[str] = []

    async def record(ctx: WebhookContext) -> None:
        handled.append(ctx.event.uuid)

    receiver = app(StudioRegistry([studio]), {"*": record})
    async with asgi_client(receiver) as http:
        right = await http.post("/", json=delivery(uuid="u-1"), headers=[(b"x-api-key", key.encode())])
        latin1 = await http.post("/", json=delivery(uuid="u-2"), headers=[(b"x-api-key", "clé-ü".encode("latin-1"))])
    await receiver.drain()
    assert right.status_code == 200 and latin1.status_code == 401
    assert handled == ["u-1"]


def test_a_webhook_key_with_a_control_character_is_still_refused_without_showing_it() -> None:
    from perfectgym import ConfigurationError

    with pytest.raises(ConfigurationError, match="line feed at position 3") as refused:
        StudioConfig("gym-u", "https://gym-u.open-api.perfectgym.com", "api-key-u", "clé\nsecret")
    assert "secret" not in str(refused.value)


def _nested(levels: int) -> bytes:
    """A delivery whose whole document is `levels` deep (object, payload list, item, content, then lists)."""
    lists = levels - 4
    return b'{"uuid":"deep","payload":[{"timestamp":1,"type":"X","content":{"a":%s}}]}' % (b"[" * lists + b"]" * lists)


@pytest_asyncio.fixture(params=["at_once", "after_handlers", "queue"])
async def receiver(request: pytest.FixtureRequest) -> AsyncIterator[WebhookReceiver]:
    """A receiver in each mode; the Redis-backed ones on the real server."""
    registry = StudioRegistry([A, GYM, GYM_A])
    if request.param == "queue":
        queue = RedisWebhookQueue(request.getfixturevalue("redis_url"), prefix="hardening")
        yield app(registry, queue=queue)
        await queue.aclose()
    elif request.param == "after_handlers":
        store = RedisDeliveryStore(request.getfixturevalue("redis_url"), prefix="hardening")
        yield app(registry, {"*": _noop}, store=store, acknowledge="after_handlers")
        await store.aclose()
    else:
        yield app(registry, {"*": _noop})


GYM = StudioConfig("gym", "https://gym.open-api.perfectgym.com", "api-key-gym", "hook-gym")
GYM_A = StudioConfig("gym:a", "https://gym-a.open-api.perfectgym.com", "api-key-gym-a", "hook-gym-a")


@pytest.mark.asyncio
async def test_nesting_up_to_the_limit_is_accepted_and_one_level_more_is_refused_with_400(
    receiver: WebhookReceiver,
) -> None:
    async with asgi_client(receiver) as http:
        at_limit = await http.post("/", content=_nested(MAX_JSON_DEPTH), headers=headers())
        past_limit = await http.post("/", content=_nested(MAX_JSON_DEPTH + 1), headers=headers())
        # Deep enough to decode but too deep for Python to encode again for the queue: the sender's fault.
        near_recursion = await http.post("/", content=_nested(973), headers=headers())
    await receiver.drain()
    assert at_limit.status_code == 200
    assert past_limit.status_code == near_recursion.status_code == 400
    assert f"more than {MAX_JSON_DEPTH} levels" in past_limit.json()["error"]


@pytest.mark.asyncio
async def test_a_uuid_that_is_too_long_or_not_unicode_text_is_refused_with_400_and_logged_bounded(
    receiver: WebhookReceiver, caplog: pytest.LogCaptureFixture
) -> None:
    longest = delivery(uuid="u" * MAX_UUID_LENGTH)
    huge = delivery(uuid="u" * 100_000)
    huge["payload"] = huge["payload"] * 50
    lone_surrogate = b'{"uuid":"\\ud800","payload":[{"timestamp":1,"type":"X"}]}'
    async with asgi_client(receiver) as http:
        accepted = await http.post("/", json=longest, headers=headers())
        too_long = await http.post("/", json=huge, headers=headers())
        not_text = await http.post("/", content=lone_surrogate, headers=headers())
    await receiver.drain()
    assert accepted.status_code == 200
    assert too_long.status_code == 400 and f"longer than {MAX_UUID_LENGTH}" in too_long.json()["error"]
    assert not_text.status_code == 400 and "not valid Unicode" in not_text.json()["error"]
    assert max(len(record.getMessage()) for record in caplog.records) < 1000


@pytest.mark.asyncio
async def test_studio_ids_containing_a_colon_do_not_make_deliveries_collide(receiver: WebhookReceiver) -> None:
    async with asgi_client(receiver) as http:
        first = await http.post("/", json=delivery(uuid="a:x"), headers=headers(GYM))
        second = await http.post("/", json=delivery(uuid="x"), headers=headers(GYM_A))
    await receiver.drain()
    assert first.json()["status"] in ("accepted", "handled")
    assert second.json()["status"] in ("accepted", "handled")  # not "duplicate": another studio's delivery

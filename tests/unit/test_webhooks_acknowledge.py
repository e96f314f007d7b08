"""When the receiver answers decides whether a failed handler runs again (the platform redelivers non-2xx only)."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from perfectgym import StudioRegistry
from perfectgym._errors import ConfigurationError
from perfectgym.redis import RedisDeliveryStore, RedisWebhookQueue
from perfectgym.webhooks import Acknowledge, InMemoryDeliveryStore, WebhookContext, app
from tests.support.redis_server import RedisServer
from tests.support.webhook_bodies import A, B, asgi_client, delivery, headers


class Flaky:
    """Fails its first `failures` calls, then succeeds; counts every run per uuid."""

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.runs: Counter[str] = Counter()

    async def __call__(self, ctx: WebhookContext) -> None:
        self.runs[ctx.event.uuid] += 1
        if self.failures:
            self.failures -= 1
            raise RuntimeError("database is down")


@pytest.mark.asyncio
async def test_after_handlers_a_failure_answers_500_and_the_redelivery_runs_it_again() -> None:
    handler = Flaky(failures=1)
    receiver = app(StudioRegistry([A]), {"*": handler}, acknowledge="after_handlers")
    async with asgi_client(receiver) as http:
        failed = await http.post("/", json=delivery(), headers=headers())
        redelivered = await http.post("/", json=delivery(), headers=headers())
        again = await http.post("/", json=delivery(), headers=headers())
    assert failed.status_code == 500 and failed.json()["status"] == "failed"
    assert "database is down" not in failed.text  # handler errors stay in the logs
    assert redelivered.status_code == 200 and redelivered.json()["status"] == "handled"
    assert again.json()["status"] == "duplicate" and handler.runs["u-1"] == 2


@pytest.mark.asyncio
async def test_after_handlers_a_handler_past_the_deadline_answers_503_and_is_cancelled() -> None:
    cancelled = asyncio.Event()
    calls = 0

    async def hangs_once(ctx: WebhookContext) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                cancelled.set()
                raise

    receiver = app(StudioRegistry([A]), {"*": hangs_once}, acknowledge="after_handlers", handler_timeout=0.05)
    async with asgi_client(receiver) as http:
        late = await http.post("/", json=delivery(), headers=headers())
        await receiver.drain()  # the claim is released once the cancelled handler has finished
        redelivered = await http.post("/", json=delivery(), headers=headers())
    assert late.status_code == 503 and late.headers["retry-after"] == "1" and cancelled.is_set()
    assert redelivered.json()["status"] == "handled" and calls == 2


@pytest.mark.asyncio
async def test_a_redelivery_while_the_first_still_runs_gets_503_with_retry_after() -> None:
    release, started = asyncio.Event(), asyncio.Event()

    async def slow(ctx: WebhookContext) -> None:
        started.set()
        await release.wait()

    receiver = app(StudioRegistry([A]), {"*": slow}, acknowledge="after_handlers")
    async with asgi_client(receiver) as http:
        first = asyncio.create_task(http.post("/", json=delivery(), headers=headers()))
        await started.wait()
        busy = await http.post("/", json=delivery(), headers=headers())
        release.set()
        assert (await first).json()["status"] == "handled"
    assert busy.status_code == 503 and int(busy.headers["retry-after"]) >= 1


@pytest.mark.asyncio
async def test_at_once_a_failed_handler_releases_its_claim_so_a_redelivery_runs_it() -> None:
    handler = Flaky(failures=1)
    receiver = app(StudioRegistry([A]), {"*": handler})
    async with asgi_client(receiver) as http:
        first = await http.post("/", json=delivery(), headers=headers())
        await receiver.drain()
        second = await http.post("/", json=delivery(), headers=headers())
        await receiver.drain()
        third = await http.post("/", json=delivery(), headers=headers())
    assert [r.json()["status"] for r in (first, second, third)] == ["accepted", "accepted", "duplicate"]
    assert handler.runs["u-1"] == 2


@pytest.mark.asyncio
async def test_two_replicas_sharing_a_redis_store_hand_a_failed_delivery_to_each_other(redis_url: str) -> None:
    handler = Flaky(failures=1)
    registry = StudioRegistry([A, B])
    replicas = [
        app(registry, {"*": handler}, acknowledge="after_handlers", store=RedisDeliveryStore(redis_url))
        for _ in range(2)
    ]
    async with asgi_client(replicas[0]) as one, asgi_client(replicas[1]) as two:
        failed = await one.post("/", json=delivery(), headers=headers())
        handled = await two.post("/", json=delivery(), headers=headers())
        duplicates = [await http.post("/", json=delivery(), headers=headers()) for http in (one, two)]
        other_studio = await one.post("/", json=delivery(), headers=headers(B))
    assert failed.status_code == 500 and handled.json()["status"] == "handled"
    assert [d.json()["status"] for d in duplicates] == ["duplicate", "duplicate"]
    assert other_studio.json()["status"] == "handled" and handler.runs["u-1"] == 3


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["at_once", "after_handlers", "queue"])
async def test_with_redis_down_a_delivery_is_refused_with_503_and_no_handler_runs(mode: str) -> None:
    handler = Flaky()
    with RedisServer() as server:
        if mode == "queue":
            receiver = app(StudioRegistry([A]), queue=RedisWebhookQueue(server.url))
        else:
            store = RedisDeliveryStore(server.url)
            receiver = app(StudioRegistry([A]), {"*": handler}, store=store, acknowledge=mode)  # type: ignore[arg-type]
        server.stop()
        async with asgi_client(receiver) as http:
            refused = await http.post("/", json=delivery(), headers=headers())
            await receiver.drain()
            server.start()
            accepted = await http.post("/", json=delivery(), headers=headers())
            await receiver.drain()
    assert refused.status_code == 503 and refused.headers["retry-after"]
    assert accepted.status_code == 200 and accepted.json()["status"] in ("accepted", "handled")


@pytest.mark.asyncio
async def test_too_many_pending_deliveries_answer_503_until_one_finishes() -> None:
    release = asyncio.Event()

    async def slow(ctx: WebhookContext) -> None:
        await release.wait()

    receiver = app(StudioRegistry([A]), {"*": slow}, max_pending=2)
    async with asgi_client(receiver) as http:
        answers = [await http.post("/", json=delivery(uuid=f"u-{n}"), headers=headers()) for n in range(3)]
        assert receiver.pending == 2
        release.set()
        await receiver.drain()
        retried = await http.post("/", json=delivery(uuid="u-2"), headers=headers())
    assert [a.status_code for a in answers] == [200, 200, 503] and answers[2].headers["retry-after"]
    assert retried.json()["status"] == "accepted"  # refused before it was claimed: the redelivery runs


@pytest.mark.asyncio
async def test_pending_payload_items_are_bounded_too_and_answer_503_past_the_bound() -> None:
    release = asyncio.Event()

    async def slow(ctx: WebhookContext) -> None:
        await release.wait()

    def with_items(uuid: str, count: int) -> dict[str, object]:
        body = delivery(uuid=uuid)
        body["payload"] = body["payload"] * count
        return body

    receiver = app(StudioRegistry([A]), {"*": slow}, max_pending_items=3)
    async with asgi_client(receiver) as http:
        two = await http.post("/", json=with_items("u-2", 2), headers=headers())
        two_more = await http.post("/", json=with_items("u-2b", 2), headers=headers())
        one_more = await http.post("/", json=with_items("u-1", 1), headers=headers())
        release.set()
        await receiver.drain()
        retried = await http.post("/", json=with_items("u-2b", 2), headers=headers())
        await receiver.drain()
        alone = await http.post("/", json=with_items("u-big", 5), headers=headers())  # bigger than the bound alone
        await receiver.drain()
    assert [a.status_code for a in (two, two_more, one_more)] == [200, 503, 200]
    assert retried.json()["status"] == alone.json()["status"] == "accepted"


@pytest.mark.asyncio
async def test_past_the_deadline_the_answer_does_not_wait_for_a_cancelled_handlers_cleanup() -> None:
    cleanup_started, cleanup_may_end = asyncio.Event(), asyncio.Event()
    calls = 0

    async def slow_cleanup(ctx: WebhookContext) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            try:
                await asyncio.Event().wait()
            finally:  # e.g. a rollback awaited on cancellation
                cleanup_started.set()
                await cleanup_may_end.wait()

    receiver = app(StudioRegistry([A]), {"*": slow_cleanup}, acknowledge="after_handlers", handler_timeout=0.05)
    async with asgi_client(receiver) as http:
        answer = asyncio.create_task(http.post("/", json=delivery(), headers=headers()))
        await cleanup_started.wait()
        answered, _ = await asyncio.wait({answer}, timeout=5)  # a bound, not a timing: without the fix, never
        cleanup_may_end.set()
        assert answered == {answer} and answer.result().status_code == 503
        during_cleanup_ended = receiver.pending
        await receiver.drain()  # drain waits for the cleanup, then the claim is released
        redelivered = await http.post("/", json=delivery(), headers=headers())
    assert during_cleanup_ended == 1 and receiver.pending == 0
    assert redelivered.json()["status"] == "handled" and calls == 2


def test_settings_that_cannot_work_are_refused_at_construction() -> None:
    registry = StudioRegistry([A])
    with pytest.raises(ConfigurationError, match="handler_timeout"):
        app(registry, {}, acknowledge="after_handlers", handler_timeout=5)
    with pytest.raises(ConfigurationError, match="acknowledge"):
        app(registry, {}, acknowledge="later")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="max_pending"):
        app(registry, {}, max_pending=0)
    with pytest.raises(ConfigurationError, match="handlers run in the queue's workers"):
        app(registry, {"*": Flaky()}, queue=RedisWebhookQueue("redis://127.0.0.1:1/0"))

    class OldStore:
        async def first_delivery(self, key: str) -> bool:
            return True

    with pytest.raises(ConfigurationError, match="claim"):
        app(registry, {}, store=OldStore())  # type: ignore[arg-type]
    assert isinstance(app(registry, {}).store, InMemoryDeliveryStore)


@pytest.mark.asyncio
@pytest.mark.parametrize("acknowledge", ["at_once", "after_handlers"])
async def test_a_handler_raising_cancelled_error_itself_is_logged_as_a_failure_and_released(
    acknowledge: Acknowledge, caplog: pytest.LogCaptureFixture
) -> None:
    runs = 0

    async def awaits_a_cancelled_task(ctx: WebhookContext) -> None:
        nonlocal runs
        runs += 1
        if runs == 1:
            inner = asyncio.create_task(asyncio.sleep(10))  # e.g. a sub-request that timed out
            inner.cancel()
            await inner

    receiver = app(StudioRegistry([A]), {"*": awaits_a_cancelled_task}, acknowledge=acknowledge)
    async with asgi_client(receiver) as http:
        first = await http.post("/", json=delivery(), headers=headers())
        await receiver.drain()
        redelivered = await http.post("/", json=delivery(), headers=headers())
        await receiver.drain()
    assert first.status_code == (500 if acknowledge == "after_handlers" else 200)
    assert redelivered.json()["status"] in ("handled", "accepted") and runs == 2
    failures = [r for r in caplog.records if r.getMessage().startswith("webhook handler")]
    assert len(failures) == 1 and "failed" in failures[0].getMessage() and failures[0].exc_info

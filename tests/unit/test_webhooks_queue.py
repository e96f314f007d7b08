"""RedisWebhookQueue in one process against a real Valkey: queue once, retry, dead-letter, reclaim.

Workers run as tasks here (cancelling one is how a worker stops mid-handler); the process
tests in tests/integration kill real worker processes. Backoffs and idle times are scaled
down through the queue's settings; conditions are polled with a bounded wait.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
import pytest_asyncio

from perfectgym import StudioRegistry
from perfectgym.redis import RedisWebhookQueue
from perfectgym.webhooks import WebhookContext, app
from tests.support.redis_server import RedisServer
from tests.support.webhook_bodies import A, B, asgi_client, delivery, headers


def _raw(queue: RedisWebhookQueue) -> Any:
    """The queue's Redis client, with replies typed Any (redis-py's reply types are loose)."""
    return queue.redis.get()


async def eventually(condition: Callable[[], Awaitable[bool]], what: str, limit: float = 10.0) -> None:
    for _ in range(int(limit / 0.02)):
        if await condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"never happened: {what}")


@pytest_asyncio.fixture
async def queue(redis_url: str) -> AsyncIterator[RedisWebhookQueue]:
    queue = RedisWebhookQueue(
        redis_url, max_attempts=3, retry_backoff=0.01, claim_idle=0.3, poll_interval=0.05, prefix="t"
    )
    yield queue
    await queue.aclose()


class Workers:
    def __init__(self, queue: RedisWebhookQueue) -> None:
        self.queue = queue
        self.tasks: list[asyncio.Task[None]] = []

    def start(self, handlers: dict[str, Callable[[WebhookContext], Awaitable[None]]], name: str) -> asyncio.Task[None]:
        task = asyncio.create_task(self.queue.run_worker(StudioRegistry([A, B]), handlers, consumer=name))
        self.tasks.append(task)
        return task

    async def stop(self, task: asyncio.Task[None]) -> None:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


@pytest_asyncio.fixture
async def workers(queue: RedisWebhookQueue) -> AsyncIterator[Workers]:
    running = Workers(queue)
    yield running
    for task in running.tasks:
        await running.stop(task)


async def _queue_is_empty(queue: RedisWebhookQueue) -> bool:
    async with _raw(queue).pipeline(transaction=True) as pipe:  # one snapshot: entries move between the two
        pipe.xlen(queue.stream)
        pipe.zcard(queue.retries)
        in_stream, waiting = await pipe.execute()
    return bool(in_stream == waiting == 0)


@pytest.mark.asyncio
async def test_a_delivery_is_queued_once_as_one_entry_per_item(queue: RedisWebhookQueue) -> None:
    body = delivery(uuid="u-1")
    body["payload"] = body["payload"] * 3
    receiver = app(StudioRegistry([A, B]), queue=queue)
    async with asgi_client(receiver) as http:
        answers = [await http.post("/", json=body, headers=headers()) for _ in range(2)]
        other_studio = await http.post("/", json=body, headers=headers(B))
    assert [a.json()["status"] for a in answers] == ["accepted", "duplicate"]
    assert other_studio.json()["status"] == "accepted"
    entries = await _raw(queue).xrange(queue.stream)
    assert len(entries) == 6
    stored = b" ".join(value for _, fields in entries for value in fields.values())
    assert b"SECRET" not in stored  # neither webhook nor API keys reach Redis


@pytest.mark.asyncio
async def test_a_handler_failing_twice_runs_three_times_and_the_entry_is_done(
    queue: RedisWebhookQueue, workers: Workers
) -> None:
    runs: Counter[str] = Counter()

    async def flaky(ctx: WebhookContext) -> None:
        runs[ctx.event.uuid] += 1
        if runs[ctx.event.uuid] <= 2:
            raise RuntimeError(f"attempt {runs[ctx.event.uuid]} failed")

    assert await queue.enqueue("gym-a", delivery(uuid="u-flaky"))
    workers.start({"*": flaky}, "w1")
    await eventually(lambda: _queue_is_empty(queue), "the entry was acknowledged")
    assert runs == {"u-flaky": 3} and await queue.dead_letters() == []


@pytest.mark.asyncio
async def test_an_always_failing_entry_is_dead_lettered_after_max_attempts(
    queue: RedisWebhookQueue, workers: Workers
) -> None:
    runs = 0

    async def broken(ctx: WebhookContext) -> None:
        nonlocal runs
        runs += 1
        raise ValueError(f"cannot handle contract {ctx.item.contract_id}")

    await queue.enqueue("gym-a", delivery(uuid="u-poison", contractId=77))
    workers.start({"CONTRACT_CREATED": broken}, "w1")

    async def dead() -> bool:
        return len(await queue.dead_letters()) == 1

    await eventually(dead, "the entry reached the dead-letter stream")
    (letter,) = await queue.dead_letters()
    assert letter.uuid == "u-poison" and letter.studio_id == "gym-a" and letter.attempts == 3 and runs == 3
    assert letter.error == "ValueError: cannot handle contract 77" and letter.item["content"] == {"contractId": 77}
    assert await _queue_is_empty(queue)


@pytest.mark.asyncio
async def test_a_worker_stopped_mid_handler_leaves_the_entry_for_another_worker(
    queue: RedisWebhookQueue, workers: Workers
) -> None:
    started, finished = asyncio.Event(), []

    async def hangs(ctx: WebhookContext) -> None:
        started.set()
        await asyncio.Event().wait()

    async def finishes(ctx: WebhookContext) -> None:
        finished.append(ctx.event.uuid)

    await queue.enqueue("gym-a", delivery(uuid="u-1"))
    first = workers.start({"*": hangs}, "w1")
    await started.wait()
    await workers.stop(first)
    workers.start({"*": finishes}, "w2")
    await eventually(lambda: _queue_is_empty(queue), "w2 finished the entry")
    assert finished == ["u-1"]


@pytest.mark.asyncio
async def test_a_long_handler_keeps_its_entry_by_heartbeating(queue: RedisWebhookQueue, workers: Workers) -> None:
    runs: Counter[str] = Counter()
    release = asyncio.Event()

    async def long_running(ctx: WebhookContext) -> None:
        runs[ctx.event.uuid] += 1
        await release.wait()

    await queue.enqueue("gym-a", delivery(uuid="u-long"))
    workers.start({"*": long_running}, "w1")
    workers.start({"*": long_running}, "w2")
    await eventually(lambda: asyncio.sleep(0, sum(runs.values()) == 1), "the handler started")

    resets, last_idle = 0, -1

    async def idle_time_was_reset_three_times() -> bool:
        # Without heartbeats the idle time only grows, until another worker reclaims the entry
        # (which counts a delivery). A heartbeat resets it and leaves the delivery count at 1.
        nonlocal resets, last_idle
        (pending,) = await _raw(queue).xpending_range(queue.stream, queue.group, "-", "+", 10)
        assert pending["times_delivered"] == 1
        resets += int(pending["time_since_delivered"]) < last_idle
        last_idle = int(pending["time_since_delivered"])
        return resets >= 3

    await eventually(idle_time_was_reset_three_times, "three heartbeats")
    release.set()
    await eventually(lambda: _queue_is_empty(queue), "the entry was acknowledged")
    assert runs == {"u-long": 1}


@pytest.mark.asyncio
async def test_an_entry_that_kills_every_worker_is_dead_lettered_without_running_again(
    queue: RedisWebhookQueue, workers: Workers
) -> None:
    runs = 0
    started = asyncio.Event()

    async def crashes(ctx: WebhookContext) -> None:
        nonlocal runs
        runs += 1
        started.set()
        await asyncio.Event().wait()

    await queue.enqueue("gym-a", delivery(uuid="u-crash"))
    for attempt in range(3):  # max_attempts deliveries, each ending with its worker gone
        started.clear()
        worker = workers.start({"*": crashes}, f"w{attempt}")
        await started.wait()
        await workers.stop(worker)
    workers.start({"*": crashes}, "w-last")

    async def dead() -> bool:
        return len(await queue.dead_letters()) == 1

    await eventually(dead, "the entry was dead-lettered")
    (letter,) = await queue.dead_letters()
    assert runs == 3 and letter.attempts == 3 and "no outcome after 4 deliveries" in letter.error


@pytest.mark.asyncio
async def test_items_without_a_handler_are_acknowledged_and_stored_entries_are_plain_json(
    queue: RedisWebhookQueue, workers: Workers
) -> None:
    await queue.enqueue("gym-a", delivery("CUSTOMER_CREATED", uuid="u-ignored"))
    ((_entry_id, fields),) = await _raw(queue).xrange(queue.stream)
    assert json.loads(fields[b"delivery"])["item"]["type"] == "CUSTOMER_CREATED"
    workers.start({"CONTRACT_CREATED": lambda ctx: asyncio.sleep(0)}, "w1")
    await eventually(lambda: _queue_is_empty(queue), "the entry was acknowledged")


class Recorder:
    def __init__(self) -> None:
        self.uuids: list[str] = []

    async def __call__(self, ctx: WebhookContext) -> None:
        self.uuids.append(ctx.event.uuid)

    async def handled(self, uuid: str) -> bool:
        return uuid in self.uuids


@pytest.mark.asyncio
@pytest.mark.parametrize("loss", ["flushall", "deleted stream", "restart without persistence"])
async def test_a_worker_recreates_its_consumer_group_when_redis_lost_it(
    queue: RedisWebhookQueue, workers: Workers, redis_server: RedisServer, loss: str
) -> None:
    recorder = Recorder()
    workers.start({"*": recorder}, "w1")
    await queue.enqueue("gym-a", delivery(uuid="u-before"))
    await eventually(lambda: recorder.handled("u-before"), "the first delivery was handled")
    if loss == "flushall":
        await _raw(queue).flushall()
    elif loss == "deleted stream":
        await _raw(queue).delete(queue.stream)
    else:
        redis_server.stop()
        redis_server.start()
    await eventually(lambda: queue.enqueue("gym-a", delivery(uuid="u-after")), "the delivery was queued")
    await eventually(lambda: recorder.handled("u-after"), "a delivery queued after the loss was handled")
    await eventually(lambda: _queue_is_empty(queue), "the entry was acknowledged")


UNREADABLE = {
    "non-UTF-8 delivery": {"delivery": b"\xff\xfe{", "attempts": "0", "error": ""},
    "attempts not a number": {"delivery": json.dumps({"studio": "gym-a"}), "attempts": "abc", "error": ""},
    "no delivery field": {"something": "else"},
    "delivery not JSON": {"delivery": "not json", "attempts": "0"},
    "delivery without a uuid": {
        "delivery": json.dumps({"studio": "gym-a", "item": delivery()["payload"][0]}),
        "attempts": "0",
    },
}


@pytest.mark.asyncio
@pytest.mark.parametrize("kind", list(UNREADABLE))
async def test_an_unreadable_entry_is_dead_lettered_at_once_and_the_entries_behind_it_are_handled(
    queue: RedisWebhookQueue, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    await _raw(queue).xgroup_create(queue.stream, queue.group, id="0", mkstream=True)
    await _raw(queue).xadd(queue.stream, UNREADABLE[kind])
    for n in range(3):
        await queue.enqueue("gym-a", delivery(uuid=f"u-{n}"))
    recorder = Recorder()
    worker = asyncio.create_task(queue.run_worker(StudioRegistry([A]), {"*": recorder}, concurrency=1))
    try:
        await eventually(lambda: _queue_is_empty(queue), "every entry left the stream")
    finally:
        worker.cancel()
        await asyncio.gather(worker, return_exceptions=True)
    (letter,) = await queue.dead_letters()
    assert sorted(recorder.uuids) == ["u-0", "u-1", "u-2"]
    assert letter.attempts == 0 and letter.error.startswith("unreadable entry") and letter.raw
    assert "\\xff" in letter.raw if kind == "non-UTF-8 delivery" else True
    assert not any(record.exc_info for record in caplog.records)  # no traceback per loop, no lost task error


@pytest.mark.asyncio
async def test_garbage_in_the_retry_set_is_dead_lettered_and_never_reported_as_an_outage(
    queue: RedisWebhookQueue, workers: Workers, caplog: pytest.LogCaptureFixture
) -> None:
    await _raw(queue).zadd(queue.retries, {"not json": 0, b"\xff\x00": 0, '{"d": 1}': 0})
    await queue.enqueue("gym-a", delivery(uuid="u-good"))
    recorder = Recorder()
    workers.start({"*": recorder}, "w1")
    await eventually(lambda: recorder.handled("u-good"), "the good delivery was handled")
    await eventually(lambda: _queue_is_empty(queue), "the retry set was emptied")
    letters = await queue.dead_letters()
    assert sorted(letter.raw for letter in letters) == sorted(['{"d": 1}', "\\xff\\x00", "not json"])
    assert all(letter.error.startswith("unreadable retry entry") for letter in letters)
    assert "unreachable" not in caplog.text


@pytest.mark.asyncio
async def test_studio_ids_containing_a_colon_do_not_make_queued_deliveries_collide(queue: RedisWebhookQueue) -> None:
    assert await queue.enqueue("gym", delivery(uuid="a:x"))
    assert await queue.enqueue("gym:a", delivery(uuid="x"))

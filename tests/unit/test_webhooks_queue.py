"""RedisWebhookQueue in one process against a real Valkey: queue once, retry, dead-letter, reclaim.

Workers run as tasks here (cancelling one is how a worker stops mid-handler); the process
tests in tests/integration kill real worker processes. Backoffs and idle times are scaled
down through the queue's settings; conditions are polled with a bounded wait.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
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


def _reply_lost_once(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Make the first XREADGROUP that hands out entries raise as if its reply never arrived (Redis delivered them)."""
    import redis.asyncio
    import redis.exceptions

    real = redis.asyncio.Redis.xreadgroup
    lost: list[Any] = []

    async def reply_lost(self: Any, *args: Any, **kwargs: Any) -> Any:
        answer = await real(self, *args, **kwargs)
        if answer and not lost:
            lost.append(answer)
            raise redis.exceptions.TimeoutError("Timeout reading from socket")
        return answer

    monkeypatch.setattr(redis.asyncio.Redis, "xreadgroup", reply_lost)
    return lost


@pytest.mark.asyncio
async def test_entries_of_a_read_whose_reply_was_lost_run_at_once_as_their_first_attempt(
    redis_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # The reply of a read is lost when the loop was busy past the socket timeout: the entries sit in
    # this worker's pending list. They must run now (not after claim_idle), and a delivery whose
    # handler never started is no attempt: with max_attempts=1 the entry must not be dead-lettered.
    queue = RedisWebhookQueue(redis_url, max_attempts=1, claim_idle=60.0, poll_interval=0.05, prefix="t-lost")
    lost = _reply_lost_once(monkeypatch)
    recorder = Recorder()
    await queue.enqueue("gym-a", delivery(uuid="u-lost"))
    worker = asyncio.create_task(queue.run_worker(StudioRegistry([A]), {"*": recorder}, consumer="w1"))
    try:
        await eventually(lambda: _queue_is_empty(queue), "the entry was handled and acknowledged")
    finally:
        worker.cancel()
        await asyncio.gather(worker, return_exceptions=True)
    assert lost and recorder.uuids == ["u-lost"] and await queue.dead_letters() == []
    assert "unreachable" not in caplog.text  # one failed read while Redis answers is not an outage
    await queue.aclose()


@pytest.mark.asyncio
async def test_a_handler_blocking_the_loop_past_the_read_does_not_strand_the_entries_that_read_returned(
    redis_url: str,
) -> None:
    # Sync work in a handler (a PDF, a big json.dumps) while the worker's XREADGROUP waits: the reply
    # arrives during the block. The read must not time out and be re-sent by the client, which hands
    # out nothing and leaves the first reply's entries pending until claim_idle.
    settings: dict[str, Any] = {"max_attempts": 1, "claim_idle": 60.0, "poll_interval": 0.5, "prefix": "t-busy"}
    queue = RedisWebhookQueue(redis_url, **settings)
    ran: list[str] = []

    def enqueue_from_another_process() -> None:
        async def send() -> None:
            producer = RedisWebhookQueue(redis_url, **settings)
            await producer.enqueue("gym-a", delivery("CUSTOMER_CREATED", uuid="u-next"))
            await producer.aclose()

        asyncio.run(send())

    async def handler(ctx: WebhookContext) -> None:
        ran.append(ctx.event.uuid)
        if ctx.event.uuid == "u-slow":
            await asyncio.sleep(0.05)  # the worker sends its next blocking read meanwhile
            thread = threading.Thread(target=enqueue_from_another_process)
            thread.start()
            thread.join()
            time.sleep(1.5)  # noqa: ASYNC251 - the point: the loop is blocked past the read's old socket timeout

    await queue.enqueue("gym-a", delivery(uuid="u-slow"))
    worker = asyncio.create_task(queue.run_worker(StudioRegistry([A]), {"*": handler}, consumer="w1"))
    try:
        await eventually(lambda: _queue_is_empty(queue), "both entries were handled and acknowledged")
    finally:
        worker.cancel()
        await asyncio.gather(worker, return_exceptions=True)
    assert ran == ["u-slow", "u-next"] and await queue.dead_letters() == []
    await queue.aclose()


@pytest.mark.asyncio
async def test_a_worker_restarted_under_its_name_resumes_its_pending_entry_at_once_and_counts_the_crash(
    redis_url: str,
) -> None:
    queue = RedisWebhookQueue(redis_url, max_attempts=2, claim_idle=60.0, poll_interval=0.05, prefix="t-restart")
    started = asyncio.Event()
    runs = 0

    async def hangs(ctx: WebhookContext) -> None:
        started.set()
        await asyncio.Event().wait()

    async def fails(ctx: WebhookContext) -> None:
        nonlocal runs
        runs += 1
        raise RuntimeError("still broken")

    await queue.enqueue("gym-a", delivery(uuid="u-crash"))
    first = asyncio.create_task(queue.run_worker(StudioRegistry([A]), {"*": hangs}, consumer="w-fixed"))
    await started.wait()
    first.cancel()  # the process died mid-handler: the entry stays in w-fixed's pending list
    await asyncio.gather(first, return_exceptions=True)
    again = asyncio.create_task(queue.run_worker(StudioRegistry([A]), {"*": fails}, consumer="w-fixed"))
    try:

        async def dead() -> bool:
            return len(await queue.dead_letters()) == 1

        await eventually(dead, "the restarted worker ran the entry and dead-lettered it")
    finally:
        again.cancel()
        await asyncio.gather(again, return_exceptions=True)
    (letter,) = await queue.dead_letters()
    assert runs == 1 and letter.attempts == 2 and letter.error == "RuntimeError: still broken"
    await queue.aclose()


@pytest.mark.asyncio
async def test_a_delivery_refused_because_the_stream_key_holds_foreign_data_is_queued_on_redelivery(
    queue: RedisWebhookQueue,
) -> None:
    await _raw(queue).set(queue.stream, "written by something else")
    receiver = app(StudioRegistry([A]), queue=queue)
    async with asgi_client(receiver) as http:
        refused = await http.post("/", json=delivery(uuid="u-half"), headers=headers())
        await _raw(queue).delete(queue.stream)  # the operator repairs the key
        redelivered = await http.post("/", json=delivery(uuid="u-half"), headers=headers())
    assert refused.status_code == 503
    assert redelivered.status_code == 200 and redelivered.json()["status"] == "accepted"
    assert await _raw(queue).xlen(queue.stream) == 1


@pytest.mark.asyncio
async def test_a_handler_raising_cancelled_error_itself_is_a_failed_attempt_retried_then_dead_lettered(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    queue = RedisWebhookQueue(redis_url, max_attempts=2, retry_backoff=0.01, claim_idle=60.0, prefix="t-cancel")
    runs = 0

    async def awaits_a_cancelled_task(ctx: WebhookContext) -> None:
        nonlocal runs
        runs += 1
        inner = asyncio.create_task(asyncio.sleep(10))  # e.g. a sub-request that timed out
        inner.cancel()
        await inner

    await queue.enqueue("gym-a", delivery(uuid="u-c"))
    worker = asyncio.create_task(queue.run_worker(StudioRegistry([A]), {"*": awaits_a_cancelled_task}))
    try:

        async def dead() -> bool:
            return len(await queue.dead_letters()) == 1

        await eventually(dead, "the entry was retried, then dead-lettered")
    finally:
        worker.cancel()
        await asyncio.gather(worker, return_exceptions=True)
    (letter,) = await queue.dead_letters()
    assert runs == 2 and letter.attempts == 2 and letter.error.startswith("CancelledError")
    assert "webhook entry" in caplog.text and "failed (attempt 1 of 2)" in caplog.text
    await queue.aclose()

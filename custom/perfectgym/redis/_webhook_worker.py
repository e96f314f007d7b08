"""The worker loop of RedisWebhookQueue: read, reclaim, run handlers, acknowledge or retry.

Every Redis step is retried through outages (logged once per outage, with backoff), so a
worker never drops an entry or stops because Redis was briefly gone. A consumer group lost
with Redis's data (a restart without persistence, FLUSHALL, a deleted stream) is recreated.
An entry the worker cannot read (not written by this queue) goes to the dead-letter stream
at once, so it never blocks the entries behind it. A cancelled worker cancels its running
handlers and acknowledges nothing: those entries stay pending in the consumer group and
another worker reclaims them after ``claim_idle``.

A read or reclaim that fails may have handed entries out anyway (the reply came while the
loop was busy, or the connection broke after Redis answered): before reading new entries the
worker re-reads its own pending list (at start too, for an earlier process of the same name)
and runs what it finds there at once. One failed read while Redis answers is retried at once,
not reported as an outage.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from perfectgym._config_checks import whole_number
from perfectgym._errors import ConfigurationError
from perfectgym._json import decode_json
from perfectgym._studios import StudioRegistry
from perfectgym._webhook_events import WebhookEvent, parse_webhook
from perfectgym._webhook_handlers import (
    Handler,
    Handlers,
    WebhookContext,
    cancelled_from_outside,
    handler_for,
    handler_name,
)
from perfectgym.redis import _webhook_scripts as scripts
from perfectgym.redis._connection import redis_errors

if TYPE_CHECKING:
    from perfectgym.redis._webhook_queue import RedisWebhookQueue

__all__ = ["Worker"]

logger = logging.getLogger("perfectgym.redis")

T = TypeVar("T")
_MAX_ERROR_TEXT = 1000
_MAX_RAW_TEXT = 10_000
_MAX_OUTAGE_WAIT = 2.0


class _UnreadableEntry(Exception):
    """A stream entry this queue did not write (or that was altered): dead-lettered at once."""


@attrs.frozen
class _Entry:
    delivery_json: str
    attempts: int
    error: str
    studio_id: str
    event: WebhookEvent


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _pairs(raw: Any) -> list[tuple[Any, Any]]:
    if isinstance(raw, dict):
        return list(raw.items())
    if not isinstance(raw, list | tuple) or len(raw) % 2:  # a flat [field, value, ...] list (from a script)
        raise _UnreadableEntry(f"fields are not field/value pairs: {type(raw).__name__}")
    return list(zip(raw[::2], raw[1::2], strict=True))


def _escaped(raw: Any) -> str:
    """The raw fields as printable text (undecodable bytes as \\xNN), bounded: kept in the dead letter."""
    try:
        shown = {
            k.decode(errors="backslashreplace") if isinstance(k, bytes) else str(k): (
                v.decode(errors="backslashreplace") if isinstance(v, bytes) else str(v)
            )
            for k, v in _pairs(raw)
        }
        text = json.dumps(shown, ensure_ascii=True)
    except _UnreadableEntry:
        text = ascii(raw)
    return text[:_MAX_RAW_TEXT]


def _entry(raw: Any) -> _Entry:
    """The entry's fields, checked as this queue writes them; _UnreadableEntry says what is wrong."""
    try:
        fields = {_text(k): _text(v) for k, v in _pairs(raw)}
    except UnicodeDecodeError as exc:
        raise _UnreadableEntry(f"a field is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    delivery_json, attempts = fields.get("delivery"), fields.get("attempts", "0")
    if delivery_json is None:
        raise _UnreadableEntry("no delivery field")
    if not (attempts.isascii() and attempts.isdigit()):
        raise _UnreadableEntry(f"attempts is not a whole number: {attempts[:40]!r}")
    try:
        delivery = decode_json(delivery_json)
        if not isinstance(delivery, dict) or not isinstance(delivery.get("studio"), str):
            raise _UnreadableEntry("delivery is not a JSON object with a studio")
        event = parse_webhook(
            {"entityId": delivery.get("entityId"), "uuid": delivery.get("uuid"), "payload": [delivery.get("item")]}
        )
    except ValueError as exc:  # bad JSON, or a WebhookPayloadError
        raise _UnreadableEntry(f"delivery is not a queued webhook: {str(exc)[:200]}") from exc
    return _Entry(delivery_json, int(attempts), fields.get("error", ""), delivery["studio"], event)


def _is_lost_group(exc: BaseException) -> bool:
    """Redis no longer has the stream or the consumer group (restarted without persistence, flushed, deleted)."""
    import redis.exceptions

    return isinstance(exc, redis.exceptions.ResponseError) and str(exc).startswith("NOGROUP")


def _log_failure(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.error("webhook task %s failed", task.get_name(), exc_info=task.exception())


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, asyncio.CancelledError) and not str(exc):
        return "CancelledError: raised by the handler (an awaited task was cancelled?)"
    return f"{type(exc).__name__}: {exc}"[:_MAX_ERROR_TEXT]


def _raise_if_cancelled() -> None:
    # redis-py 8.1 can swallow a cancellation that arrives during a blocking read (the task
    # stays "cancelling" but the call returns): stop here rather than loop on.
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


def default_consumer() -> str:
    return f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"


class Worker:
    def __init__(
        self,
        queue: RedisWebhookQueue,
        registry: StudioRegistry,
        handlers: Handlers,
        *,
        consumer: str | None,
        concurrency: int,
    ) -> None:
        if not whole_number(concurrency) or concurrency < 1:
            raise ConfigurationError(f"concurrency must be an int >= 1 (got {concurrency!r})")
        self.queue = queue
        self.registry = registry
        self.handlers: dict[str, Handler] = {str(event_type): h for event_type, h in handlers.items()}
        self.consumer = consumer or default_consumer()
        self.concurrency = concurrency
        self._running: dict[str, asyncio.Task[None]] = {}
        # Own pending entries are re-read at start (an earlier process of this name may have run
        # them: counted as a delivery) and after a failed hand-off (never run: not counted).
        self._recover_own = True
        self._count_own_as_delivered = True
        self._group_ready = False
        self._outage = False
        self._next_reclaim = 0.0

    async def run(self) -> None:
        logger.info("webhook worker %s started on %s", self.consumer, self.queue.stream)
        loop = asyncio.get_running_loop()
        failures = 0
        try:
            while True:
                _raise_if_cancelled()
                try:
                    await self._step(loop.time())
                    failures = 0
                    self._recovered()
                except redis_errors() as exc:
                    self._recover_own = True  # a reply lost: its entries wait in this consumer's pending list
                    if _is_lost_group(exc):
                        self._lost_group(exc)
                        continue
                    failures += 1
                    if failures == 1:  # e.g. a read that timed out only because this loop was busy: no outage
                        logger.debug("webhook worker %s: %s; retrying at once", self.consumer, exc)
                        continue
                    await self._wait_out(exc, failures - 1)
                except Exception:
                    # Never stop the worker: an unexpected answer is logged and the step retried.
                    self._recover_own = True
                    failures += 1
                    logger.exception("webhook worker %s: unexpected error; retrying", self.consumer)
                    await asyncio.sleep(min(_MAX_OUTAGE_WAIT, 0.05 * 2**failures))
        finally:
            running = list(self._running.values())
            for task in running:
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)

    async def _step(self, now: float) -> None:
        redis = self.queue.redis.get()
        reads = self.queue.reads.get()  # hand-offs: never resent by the client (see _handoff_connection)
        if not self._group_ready:
            await self._create_group()
        await redis.eval(scripts.PROMOTE, 3, self.queue.retries, self.queue.stream, self.queue.dead_letter_stream, 100)
        free = self.concurrency - len(self._running)
        if free <= 0:
            await asyncio.wait(
                self._running.values(), timeout=self.queue.poll_interval, return_when=asyncio.FIRST_COMPLETED
            )
            return
        if self._recover_own:
            free -= await self._resume_own(free)
            if free <= 0:
                return
        if now >= self._next_reclaim:
            self._next_reclaim = now + self.queue.claim_idle / 2
            idle_ms = round(self.queue.claim_idle * 1000)
            stale: Any = await reads.eval(
                scripts.RECLAIM, 1, self.queue.stream, self.queue.group, self.consumer, idle_ms, free
            )
            for entry_id, deliveries, fields in stale:
                self._start(_text(entry_id), int(deliveries), fields)
            free -= len(stale)
            if free <= 0:
                return
        answer: Any = await reads.xreadgroup(
            self.queue.group,
            self.consumer,
            {self.queue.stream: ">"},
            count=free,
            block=max(1, round(self.queue.poll_interval * 1000)),
        )
        for _stream, entries in answer or []:
            for entry_id, fields in entries:
                self._start(_text(entry_id), 1, fields)

    async def _resume_own(self, free: int) -> int:
        """Start up to `free` of this consumer's pending entries not running here; how many started."""
        own: Any = await self.queue.reads.get().eval(
            scripts.OWN_PENDING,
            1,
            self.queue.stream,
            self.queue.group,
            self.consumer,
            free,
            "1" if self._count_own_as_delivered else "0",
            *self._running,
        )
        for entry_id, deliveries, fields in own:
            self._start(_text(entry_id), int(deliveries), fields)
        if len(own) < free:  # all of them seen: read new entries from now on
            self._recover_own = self._count_own_as_delivered = False
        return len(own)

    async def _create_group(self) -> None:
        # From id 0: entries already in a recreated stream (queued after a restart) are read too.
        try:
            await self.queue.redis.get().xgroup_create(self.queue.stream, self.queue.group, id="0", mkstream=True)
        except Exception as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        self._group_ready = True

    def _lost_group(self, exc: BaseException) -> None:
        self._group_ready = False
        logger.warning(
            "webhook worker %s: consumer group %s of %s is gone (Redis restarted without persistence, flushed, "
            "or the stream was deleted: %s); recreating it",
            self.consumer,
            self.queue.group,
            self.queue.stream,
            str(exc)[:200],
        )

    def _start(self, entry_id: str, deliveries: int, raw: Any) -> None:
        task = asyncio.create_task(self._process(entry_id, deliveries, raw), name=f"perfectgym-webhook-{entry_id}")
        self._running[entry_id] = task

        def forget(done: asyncio.Task[None]) -> None:
            if self._running.get(entry_id) is done:
                del self._running[entry_id]

        task.add_done_callback(forget)
        task.add_done_callback(_log_failure)

    async def _process(self, entry_id: str, deliveries: int, raw: Any) -> None:
        try:
            entry = _entry(raw)
        except _UnreadableEntry as exc:
            logger.error("webhook entry %s cannot be read (%s); dead-lettered", entry_id, exc)
            await self._fail(entry_id, _escaped(raw), 0, f"unreadable entry: {exc}"[:_MAX_ERROR_TEXT], dead=True)
            return
        delivery_json = entry.delivery_json
        attempt = entry.attempts + deliveries
        last_error = entry.error
        if attempt > self.queue.max_attempts:  # earlier deliveries never finished: workers died on it
            error = (
                f"no outcome after {deliveries} deliveries to workers (stopped mid-handler?); last error: {last_error}"
            )
            await self._fail(entry_id, delivery_json, attempt - 1, error[:_MAX_ERROR_TEXT], dead=True)
            return
        failure: BaseException | None = None
        heartbeat = asyncio.create_task(self._heartbeat(entry_id))
        try:
            await self._handle(entry)
        except Exception as exc:
            failure = exc
        except asyncio.CancelledError as exc:
            if cancelled_from_outside():  # the worker stops: the entry stays pending for another worker
                raise
            failure = exc  # the handler's own (an awaited task was cancelled): a failure like any other
        finally:
            heartbeat.cancel()
            await asyncio.gather(heartbeat, return_exceptions=True)
        if failure is None:
            await self._retrying(lambda: self._acknowledge(entry_id))
            return
        dead = attempt >= self.queue.max_attempts
        logger.warning(
            "webhook entry %s failed (attempt %d of %d)%s: %s",
            entry_id,
            attempt,
            self.queue.max_attempts,
            "; dead-lettered" if dead else "; retried later",
            _error_text(failure),
        )
        await self._fail(entry_id, delivery_json, attempt, _error_text(failure), dead=dead)

    async def _handle(self, entry: _Entry) -> None:
        event = entry.event
        (item,) = event.payload
        handler = handler_for(self.handlers, item)
        if handler is None:
            return
        studio = self.registry.get(entry.studio_id)
        client = self.registry.client(studio.studio_id)
        logger.debug("webhook %s: %s runs %s", event.uuid, self.consumer, handler_name(handler))
        await handler(WebhookContext(event=event, item=item, studio=studio, client=client))

    async def _acknowledge(self, entry_id: str) -> None:
        async with self.queue.redis.get().pipeline(transaction=True) as pipe:
            pipe.xack(self.queue.stream, self.queue.group, entry_id)
            pipe.xdel(self.queue.stream, entry_id)
            await pipe.execute()

    async def _fail(self, entry_id: str, delivery_json: str, attempts: int, error: str, *, dead: bool) -> None:
        backoff = min(self.queue.max_retry_backoff, self.queue.retry_backoff * 2 ** max(0, attempts - 1))

        async def move() -> Any:
            return await self.queue.redis.get().eval(
                scripts.FAIL,
                3,
                self.queue.stream,
                self.queue.retries,
                self.queue.dead_letter_stream,
                self.queue.group,
                self.consumer,
                entry_id,
                delivery_json,
                attempts,
                error,
                "1" if dead else "0",
                max(1, round(backoff * 1000)),
            )

        if not await self._retrying(move):
            logger.warning("webhook entry %s was reclaimed by another worker; its outcome is theirs", entry_id)

    async def _heartbeat(self, entry_id: str) -> None:
        while True:
            await asyncio.sleep(self.queue.claim_idle / 3)
            _raise_if_cancelled()
            try:
                owned = await self.queue.redis.get().eval(
                    scripts.HEARTBEAT, 1, self.queue.stream, self.queue.group, self.consumer, entry_id
                )
            except redis_errors() as exc:
                logger.debug("heartbeat of %s failed: %s", entry_id, exc)
                continue
            if not owned:
                logger.warning("webhook entry %s: lost to another worker (handler slower than claim_idle?)", entry_id)
                return

    async def _retrying(self, operation: Callable[[], Awaitable[T]]) -> T | None:
        """`operation`'s result, retried through outages; None when the group is gone (the entry with it)."""
        failures = 0
        while True:
            _raise_if_cancelled()
            try:
                return await operation()
            except redis_errors() as exc:
                if _is_lost_group(exc):
                    self._lost_group(exc)
                    return None
                failures += 1
                await self._wait_out(exc, failures)

    async def _wait_out(self, exc: BaseException, failures: int) -> None:
        import redis.exceptions

        if not self._outage:
            self._outage = True
            if isinstance(exc, redis.exceptions.ResponseError):  # Redis answered: not an outage, a refusal
                logger.error("webhook worker %s: Redis refused a command (%s); retrying", self.consumer, exc)
            else:
                logger.warning("webhook worker %s: Redis unreachable (%s); retrying", self.consumer, exc)
        await asyncio.sleep(min(_MAX_OUTAGE_WAIT, 0.05 * 2**failures))

    def _recovered(self) -> None:
        if self._outage:
            self._outage = False
            logger.warning("webhook worker %s: Redis commands succeed again", self.consumer)

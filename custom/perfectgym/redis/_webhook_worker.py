"""The worker loop of RedisWebhookQueue: read, reclaim, run handlers, acknowledge or retry.

Every Redis step is retried through outages (logged once per outage, with backoff), so a
worker never drops an entry or stops because Redis was briefly gone. A cancelled worker
cancels its running handlers and acknowledges nothing: those entries stay pending in the
consumer group and another worker reclaims them after ``claim_idle``.
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

from perfectgym._config_checks import whole_number
from perfectgym._errors import ConfigurationError
from perfectgym._studios import StudioRegistry
from perfectgym._webhook_events import parse_webhook
from perfectgym._webhook_handlers import Handler, Handlers, WebhookContext, handler_for, handler_name
from perfectgym.redis import _webhook_scripts as scripts
from perfectgym.redis._connection import redis_errors

if TYPE_CHECKING:
    from perfectgym.redis._webhook_queue import RedisWebhookQueue

__all__ = ["Worker"]

logger = logging.getLogger("perfectgym.redis")

T = TypeVar("T")
_MAX_ERROR_TEXT = 1000
_MAX_OUTAGE_WAIT = 2.0


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _fields(raw: Any) -> dict[str, str]:
    if isinstance(raw, dict):
        return {_text(k): _text(v) for k, v in raw.items()}
    items = [_text(v) for v in raw]  # a flat [field, value, ...] list (from a script)
    return dict(zip(items[::2], items[1::2], strict=True))


def _error_text(exc: BaseException) -> str:
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
        self._running: set[asyncio.Task[None]] = set()
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
                    failures += 1
                    await self._wait_out(exc, failures)
                except Exception as exc:
                    if "NOGROUP" in str(exc):
                        self._group_ready = False  # Redis lost the group (e.g. restarted without persistence)
                        continue
                    # Never stop the worker: an unexpected answer is logged and the step retried.
                    failures += 1
                    logger.exception("webhook worker %s: unexpected error; retrying", self.consumer)
                    await asyncio.sleep(min(_MAX_OUTAGE_WAIT, 0.05 * 2**failures))
        finally:
            for task in self._running:
                task.cancel()
            await asyncio.gather(*self._running, return_exceptions=True)

    async def _step(self, now: float) -> None:
        redis = self.queue.redis.get()
        if not self._group_ready:
            await self._create_group()
        await redis.eval(scripts.PROMOTE, 2, self.queue.retries, self.queue.stream, 100)
        free = self.concurrency - len(self._running)
        if free <= 0:
            await asyncio.wait(self._running, timeout=self.queue.poll_interval, return_when=asyncio.FIRST_COMPLETED)
            return
        if now >= self._next_reclaim:
            self._next_reclaim = now + self.queue.claim_idle / 2
            idle_ms = round(self.queue.claim_idle * 1000)
            stale: Any = await redis.eval(
                scripts.RECLAIM, 1, self.queue.stream, self.queue.group, self.consumer, idle_ms, free
            )
            for entry_id, deliveries, fields in stale:
                self._start(_text(entry_id), int(deliveries), _fields(fields))
            free -= len(stale)
            if free <= 0:
                return
        answer: Any = await redis.xreadgroup(
            self.queue.group,
            self.consumer,
            {self.queue.stream: ">"},
            count=free,
            block=max(1, round(self.queue.poll_interval * 1000)),
        )
        for _stream, entries in answer or []:
            for entry_id, fields in entries:
                self._start(_text(entry_id), 1, _fields(fields))

    async def _create_group(self) -> None:
        try:
            await self.queue.redis.get().xgroup_create(self.queue.stream, self.queue.group, id="0", mkstream=True)
        except Exception as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        self._group_ready = True

    def _start(self, entry_id: str, deliveries: int, fields: dict[str, str]) -> None:
        task = asyncio.create_task(self._process(entry_id, deliveries, fields), name=f"perfectgym-webhook-{entry_id}")
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    async def _process(self, entry_id: str, deliveries: int, fields: dict[str, str]) -> None:
        delivery_json = fields.get("delivery", "{}")
        attempt = int(fields.get("attempts") or 0) + deliveries
        last_error = fields.get("error", "")
        if attempt > self.queue.max_attempts:  # earlier deliveries never finished: workers died on it
            error = (
                f"no outcome after {deliveries} deliveries to workers (stopped mid-handler?); last error: {last_error}"
            )
            await self._fail(entry_id, delivery_json, attempt - 1, error[:_MAX_ERROR_TEXT], dead=True)
            return
        failure: Exception | None = None
        heartbeat = asyncio.create_task(self._heartbeat(entry_id))
        try:
            await self._handle(delivery_json)
        except Exception as exc:
            failure = exc
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

    async def _handle(self, delivery_json: str) -> None:
        delivery = json.loads(delivery_json)
        event = parse_webhook(
            {"entityId": delivery.get("entityId"), "uuid": delivery["uuid"], "payload": [delivery["item"]]}
        )
        (item,) = event.payload
        handler = handler_for(self.handlers, item)
        if handler is None:
            return
        studio = self.registry.get(delivery["studio"])
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

    async def _retrying(self, operation: Callable[[], Awaitable[T]]) -> T:
        failures = 0
        while True:
            _raise_if_cancelled()
            try:
                return await operation()
            except redis_errors() as exc:
                failures += 1
                await self._wait_out(exc, failures)

    async def _wait_out(self, exc: BaseException, failures: int) -> None:
        if not self._outage:
            self._outage = True
            logger.warning("webhook worker %s: Redis unreachable (%s); retrying", self.consumer, exc)
        await asyncio.sleep(min(_MAX_OUTAGE_WAIT, 0.05 * 2**failures))

    def _recovered(self) -> None:
        if self._outage:
            self._outage = False
            logger.warning("webhook worker %s: Redis reachable again", self.consumer)

"""A durable webhook queue on a Redis Stream: receivers append, workers in any process handle.

    queue = RedisWebhookQueue("redis://redis:6379/0")
    receiver = app(registry, queue=queue)                   # web processes: verify, queue, 200
    await queue.run_worker(registry, handlers, concurrency=8)  # worker processes, until cancelled

The receiver marks the studio's ``uuid`` seen and appends one stream entry per payload item
in one Lua script, so a redelivery is never queued twice and nothing is half queued; if
Redis fails it answers 503 and the platform redelivers. One entry per item, not per
delivery: the unit that fails, is retried and dead-lettered is one handler call, and a
retry never reruns the handlers of sibling items that succeeded. A handler then sees
``ctx.event.payload == (ctx.item,)``.

Workers read through a consumer group and acknowledge an entry only after its handler
succeeded. A failing handler is retried with exponential backoff (the entry waits in a
sorted set), and after ``max_attempts`` it moves to the dead-letter stream with the
attempts and the last error. An entry whose worker died is reclaimed by another worker once
idle for ``claim_idle`` seconds; a running handler keeps its entry by heartbeating. Each
delivery to a worker counts as an attempt, so an entry that kills every worker is
dead-lettered too; a read whose reply a live worker never got (its loop was busy) is no
attempt: the worker re-reads its own pending entries and runs them at once. Delivery is at
least once: handlers must tolerate a rerun.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from perfectgym._config_checks import positive_seconds, whole_number
from perfectgym._delivery_store import delivery_key
from perfectgym._errors import ConfigurationError
from perfectgym._studios import StudioRegistry
from perfectgym._webhook_handlers import Handlers
from perfectgym.redis import _webhook_scripts as scripts
from perfectgym.redis._connection import DEFAULT_PREFIX, DEFAULT_SOCKET_TIMEOUT, LoopLocalRedis, key_part

__all__ = ["DeadLetter", "RedisWebhookQueue"]

SEEN_TTL = 7 * 24 * 3600.0
HANDOFF_TIMEOUT_SLACK = 5.0
"""Seconds a worker's loop may be busy beyond a blocking read's block time before the read times out."""


@attrs.frozen
class DeadLetter:
    """An entry that failed ``attempts`` times; ``error`` is the last handler error (type and message).

    An entry the workers could not read at all (written by something else) has empty
    ``studio_id``, ``uuid`` and ``item``, and its fields as escaped text in ``raw``.
    """

    id: str
    studio_id: str
    uuid: str
    item: Mapping[str, Any]
    attempts: int
    error: str
    raw: str = ""


def _text(value: Any) -> str:
    return value.decode(errors="backslashreplace") if isinstance(value, bytes) else str(value)


def _dead_letter(entry_id: Any, fields: Mapping[Any, Any]) -> DeadLetter:
    values = {_text(k): _text(v) for k, v in fields.items()}
    text = values.get("delivery", "")
    try:
        delivery = json.loads(text)
    except ValueError:
        delivery = None
    attempts = values.get("attempts", "0")
    readable = isinstance(delivery, dict) and isinstance(delivery.get("item"), dict)
    return DeadLetter(
        id=_text(entry_id),
        studio_id=str(delivery.get("studio", "")) if readable else "",
        uuid=str(delivery.get("uuid", "")) if readable else "",
        item=delivery["item"] if readable else {},
        attempts=int(attempts) if attempts.isascii() and attempts.isdigit() else 0,
        error=values.get("error", ""),
        raw="" if readable else text,
    )


def _handoff_connection(redis: LoopLocalRedis, poll_interval: float) -> LoopLocalRedis:
    """The workers' connection for commands that hand entries out (XREADGROUP, reclaims).

    Never retried by the client: a reply that arrived while the loop was busy (sync work in a
    handler) times out, and a resent read hands out nothing, stranding the first reply's
    entries. Its timeout leaves the loop seconds of slack beyond the block time; a read that
    fails anyway is recovered from the worker's own pending list.
    """
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    return redis.derived(socket_timeout=poll_interval + HANDOFF_TIMEOUT_SLACK, retry=Retry(NoBackoff(), 0))


class RedisWebhookQueue:
    """Webhook deliveries in a Redis Stream with a consumer group, delayed retries and a dead-letter stream."""

    def __init__(
        self,
        redis: str | LoopLocalRedis,
        *,
        prefix: str = DEFAULT_PREFIX,
        name: str = "webhooks",
        group: str = "perfectgym-workers",
        max_attempts: int = 5,
        retry_backoff: float = 1.0,
        max_retry_backoff: float = 300.0,
        claim_idle: float = 60.0,
        poll_interval: float = 0.2,
        seen_ttl: float = SEEN_TTL,
    ) -> None:
        if not whole_number(max_attempts) or max_attempts < 1:
            raise ConfigurationError(f"max_attempts must be an int >= 1 (got {max_attempts!r})")
        for setting, value in (
            ("retry_backoff", retry_backoff),
            ("max_retry_backoff", max_retry_backoff),
            ("claim_idle", claim_idle),
            ("poll_interval", poll_interval),
            ("seen_ttl", seen_ttl),
        ):
            positive_seconds(setting, value)
        if poll_interval >= claim_idle:
            raise ConfigurationError(f"poll_interval ({poll_interval}) must be shorter than claim_idle ({claim_idle})")
        self.redis = (
            redis
            if isinstance(redis, LoopLocalRedis)
            else LoopLocalRedis(redis, socket_timeout=poll_interval + DEFAULT_SOCKET_TIMEOUT)
        )
        self.reads = _handoff_connection(self.redis, poll_interval)
        base = f"{prefix}:webhooks:{name}"
        self.stream = f"{base}:stream"
        self.retries = f"{base}:retry"
        self.dead_letter_stream = f"{base}:dead"
        self._seen_prefix = f"{base}:seen:"
        self.group = group
        self.max_attempts = max_attempts
        self.retry_backoff = retry_backoff
        self.max_retry_backoff = max_retry_backoff
        self.claim_idle = claim_idle
        self.poll_interval = poll_interval
        self.seen_ttl = seen_ttl

    def _seen_key(self, studio_id: str, uuid: str) -> str:
        return self._seen_prefix + key_part(delivery_key(studio_id, uuid))

    async def enqueue(self, studio_id: str, document: Mapping[str, Any]) -> bool:
        """Queue a verified delivery (the parsed JSON body); False when it was queued before."""
        uuid = str(document["uuid"])
        entries = [
            json.dumps(
                {"studio": studio_id, "uuid": uuid, "entityId": document.get("entityId"), "index": index, "item": item},
                separators=(",", ":"),
            )
            for index, item in enumerate(document["payload"])
        ]
        seen_ms = max(1, round(self.seen_ttl * 1000))
        queued = await self.redis.get().eval(
            scripts.ENQUEUE, 2, self._seen_key(studio_id, uuid), self.stream, seen_ms, *entries
        )
        return bool(queued)

    async def run_worker(
        self, registry: StudioRegistry, handlers: Handlers, *, consumer: str | None = None, concurrency: int = 8
    ) -> None:
        """Handle queued deliveries until cancelled; unfinished entries stay pending for another worker.

        `consumer` names this worker in the group (default: host, pid and a random part).
        Redis outages are logged and waited out; the loop never stops on its own.
        """
        from perfectgym.redis._webhook_worker import Worker

        await Worker(self, registry, handlers, consumer=consumer, concurrency=concurrency).run()

    async def dead_letters(self, count: int = 100) -> list[DeadLetter]:
        """The oldest `count` dead-lettered entries (inspect, fix the cause, then re-send or delete them)."""
        rows: Any = await self.redis.get().xrange(self.dead_letter_stream, count=count)
        return [_dead_letter(entry_id, fields) for entry_id, fields in rows]

    async def aclose(self) -> None:
        await self.redis.aclose()
        await self.reads.aclose()

    def __repr__(self) -> str:
        return f"<RedisWebhookQueue {self.redis!r} stream={self.stream!r} group={self.group!r}>"

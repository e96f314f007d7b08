"""Receiver and worker processes for the webhook process tests (run with ``python -m``).

    python -m tests.support.webhook_processes receiver REDIS_URL PORT
    python -m tests.support.webhook_processes worker REDIS_URL NAME

The receiver serves ``app(registry, queue=...)`` under uvicorn. The worker runs
``queue.run_worker`` with one handler that records every run in Redis (``test:*`` keys) and
behaves as the event's ``content.behaviour`` asks: ``fail_twice``, ``always_fail`` or
``hang_first`` (hangs on its first run until the process is killed). Times are scaled down
through the queue's settings.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from typing import Any

from perfectgym import StudioRegistry
from perfectgym.redis import RedisWebhookQueue
from perfectgym.webhooks import WebhookContext, app
from tests.support.webhook_bodies import A, B

QUEUE_SETTINGS: dict[str, Any] = {
    "prefix": "proc",
    "max_attempts": 3,
    "retry_backoff": 0.05,
    "claim_idle": 1.0,
    "poll_interval": 0.05,
}


def queue(url: str) -> RedisWebhookQueue:
    return RedisWebhookQueue(url, **QUEUE_SETTINGS)


def serve_receiver(url: str, port: int) -> None:
    import uvicorn

    receiver = app(StudioRegistry([A, B]), queue=queue(url))
    uvicorn.run(receiver, host="127.0.0.1", port=port, log_level="warning", lifespan="on")


async def run_worker(url: str, name: str) -> None:
    import redis.asyncio

    record = redis.asyncio.Redis.from_url(url)

    async def handle(ctx: WebhookContext) -> None:
        uuid = ctx.event.uuid
        runs = await record.incr(f"test:runs:{uuid}")
        await record.rpush(f"test:by:{uuid}", name)
        behaviour = ctx.item.content.get("behaviour")
        if behaviour == "fail_twice" and runs <= 2:
            raise RuntimeError(f"planned failure {runs}")
        if behaviour == "always_fail":
            raise RuntimeError("this event always fails")
        if behaviour == "hang_first" and runs == 1:
            await record.set(f"test:hanging:{uuid}", name)
            await asyncio.Event().wait()
        await record.incr(f"test:done:{uuid}")
        await record.incr("test:done_total")

    worker = asyncio.create_task(queue(url).run_worker(StudioRegistry([A, B]), {"*": handle}, consumer=name))
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, worker.cancel)
    with contextlib.suppress(asyncio.CancelledError):
        await worker


if __name__ == "__main__":
    role, redis_url, argument = sys.argv[1:4]
    if role == "receiver":
        serve_receiver(redis_url, int(argument))
    else:
        asyncio.run(run_worker(redis_url, argument))

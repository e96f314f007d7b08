"""Checked by mypy (make lint): the webhook receiver is an ASGI app to Starlette; the Redis pieces keep their types."""

from __future__ import annotations

from typing import assert_type

from starlette.applications import Starlette
from starlette.routing import Mount, Route

from perfectgym import StudioRegistry
from perfectgym.redis import DeadLetter, RedisDeliveryStore, RedisWebhookQueue
from perfectgym.webhooks import Claim, WebhookContext, WebhookReceiver, app


async def on_any(ctx: WebhookContext) -> None:
    assert_type(ctx.item.contract_id, int | None)


async def check(registry: StudioRegistry) -> None:
    receiver = app(registry, {"*": on_any}, store=RedisDeliveryStore("redis://localhost"), acknowledge="after_handlers")
    assert_type(receiver, WebhookReceiver)
    site = Starlette(routes=[Route("/webhooks/perfectgym", receiver, methods=["POST"]), Mount("/hooks", app=receiver)])
    site.mount("/webhooks/perfectgym", receiver)  # the ASGI signature matches Starlette's ASGIApp

    queue = RedisWebhookQueue("redis://localhost", max_attempts=5)
    assert_type(app(registry, queue=queue), WebhookReceiver)
    assert_type(await queue.enqueue("gym-a", {"uuid": "u", "payload": []}), bool)
    assert_type(await queue.dead_letters(), list[DeadLetter])
    await queue.run_worker(registry, {"*": on_any}, consumer="worker-1", concurrency=8)
    assert_type(await RedisDeliveryStore("redis://localhost").claim("k", 4.0), Claim)

"""Receive PerfectGym webhooks: verify, acknowledge at once, dispatch in the background.

    from perfectgym.webhooks import app, WebhookContext

    async def on_contract_created(ctx: WebhookContext) -> None:
        contract = await ctx.client.customers.get_customers_contracts(ctx.event.entity_id)
        ...

    receiver = app(registry, {"CONTRACT_CREATED": on_contract_created})
    # FastAPI/Starlette: main_app.mount("/webhooks/perfectgym", receiver)

The platform waits at most 5 seconds and redelivers failed deliveries (same ``uuid``) up to
three times, ten minutes apart. So the receiver answers as soon as the request is verified
and parsed, runs handlers as background tasks, and drops redeliveries of a ``uuid`` it has
already accepted. A plain ASGI app: no web framework needed.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

import attrs

from perfectgym._client import AsyncPerfectGym
from perfectgym._studios import StudioConfig, StudioRegistry
from perfectgym._webhook_events import (
    EVENT_TYPES,
    Checkout,
    WebhookEvent,
    WebhookEventItem,
    WebhookEventType,
    WebhookPayloadError,
    parse_webhook,
)

__all__ = [
    "ANY_EVENT",
    "EVENT_TYPES",
    "Checkout",
    "DeliveryStore",
    "InMemoryDeliveryStore",
    "WebhookContext",
    "WebhookEvent",
    "WebhookEventItem",
    "WebhookEventType",
    "WebhookPayloadError",
    "WebhookReceiver",
    "app",
    "parse_webhook",
]

logger = logging.getLogger("perfectgym.webhooks")

ANY_EVENT = "*"
MAX_BODY_BYTES = 1024 * 1024
MAX_CONCURRENT_HANDLERS = 64
"""Handlers running at once in one receiver; further items of a delivery wait their turn."""
WEBHOOK_KEY_HEADER = b"x-api-key"

ASGIMessage = dict[str, Any]
Receive = Callable[[], Awaitable[ASGIMessage]]
Send = Callable[[ASGIMessage], Awaitable[None]]


@attrs.frozen
class WebhookContext:
    """What a handler gets: the delivery, the one payload item being handled, its studio and client."""

    event: WebhookEvent
    item: WebhookEventItem
    studio: StudioConfig
    client: AsyncPerfectGym


Handler = Callable[[WebhookContext], Awaitable[None]]


class DeliveryStore(Protocol):
    """Remembers accepted deliveries; swap the in-memory one for a shared store (e.g. Redis SETNX)."""

    async def first_delivery(self, key: str) -> bool:
        """Record `key`; True the first time it is seen, False for a redelivery. Must be atomic."""
        ...


class InMemoryDeliveryStore:
    """A bounded, process-local DeliveryStore: the most recent `max_entries` keys (LRU)."""

    def __init__(self, max_entries: int = 100_000) -> None:
        if max_entries < 1:
            raise ValueError(f"max_entries must be >= 1 (got {max_entries})")
        self._max_entries = max_entries
        self._seen: OrderedDict[str, None] = OrderedDict()

    async def first_delivery(self, key: str) -> bool:
        if key in self._seen:
            self._seen.move_to_end(key)
            return False
        self._seen[key] = None
        if len(self._seen) > self._max_entries:
            self._seen.popitem(last=False)
        return True

    def __len__(self) -> int:
        return len(self._seen)


class WebhookReceiver:
    """The ASGI app returned by :func:`app`; ``await receiver.drain()`` waits for running handlers."""

    def __init__(
        self,
        registry: StudioRegistry,
        handlers: Mapping[WebhookEventType | str, Handler],
        *,
        store: DeliveryStore | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
        max_concurrent_handlers: int = MAX_CONCURRENT_HANDLERS,
    ) -> None:
        self.registry = registry
        self.handlers = {str(event_type): handler for event_type, handler in handlers.items()}
        self.store = store if store is not None else InMemoryDeliveryStore()
        self.max_body_bytes = max_body_bytes
        self._tasks: set[asyncio.Task[None]] = set()
        self._slots = asyncio.Semaphore(max_concurrent_handlers)

    @property
    def pending(self) -> int:
        """Handler tasks still running."""
        return len(self._tasks)

    async def drain(self) -> None:
        """Wait until every running handler finished (e.g. at shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def __call__(self, scope: Mapping[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _answer_lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"perfectgym webhooks: unsupported ASGI scope {scope['type']!r}")
        if scope["method"] != "POST":
            await _respond(send, 405, {"error": "webhooks are delivered with POST"}, [(b"allow", b"POST")])
            return
        headers = dict(scope.get("headers") or [])
        studio = self.registry.studio_for_webhook_key(headers.get(WEBHOOK_KEY_HEADER, b"").decode("latin-1"))
        if studio is None:
            logger.warning("webhook refused: missing or unknown x-api-key")
            await _respond(send, 401, {"error": "missing or unknown x-api-key"})
            return
        body = await _read_body(receive, self.max_body_bytes)
        if body is None:
            await _respond(send, 413, {"error": f"body larger than {self.max_body_bytes} bytes"})
            return
        try:
            event = parse_webhook(body)
        except WebhookPayloadError as exc:
            logger.warning("webhook from studio %s refused: %s", studio.studio_id, exc)
            await _respond(send, 400, {"error": f"malformed webhook body: {exc}"})
            return
        if not await self.store.first_delivery(f"{studio.studio_id}:{event.uuid}"):
            logger.info("webhook %s from studio %s is a redelivery; ignored", event.uuid, studio.studio_id)
            await _respond(send, 200, {"status": "duplicate", "uuid": event.uuid})
            return
        await _respond(send, 200, {"status": "accepted", "uuid": event.uuid})
        self._dispatch(event, studio)

    def _dispatch(self, event: WebhookEvent, studio: StudioConfig) -> None:
        client = self.registry.client(studio.studio_id)
        work: list[tuple[Handler, WebhookContext]] = []
        for item in event.payload:
            handler = self.handlers.get(str(item.type)) or self.handlers.get(ANY_EVENT)
            if handler is None:
                logger.debug("no handler for webhook event type %s", item.type)
                continue
            work.append((handler, WebhookContext(event=event, item=item, studio=studio, client=client)))
        if not work:
            return
        # One task per delivery, and at most max_concurrent_handlers handlers running in the whole
        # receiver: a delivery with 20 000 items must not start 20 000 tasks at once.
        task = asyncio.create_task(self._run_delivery(work), name=f"perfectgym-webhook-{event.uuid}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_delivery(self, work: list[tuple[Handler, WebhookContext]]) -> None:
        for handler, context in work:
            await self._slots.acquire()
            task = asyncio.create_task(self._run(handler, context), name=f"perfectgym-webhook-{context.event.uuid}")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            task.add_done_callback(lambda _: self._slots.release())

    @staticmethod
    async def _run(handler: Handler, context: WebhookContext) -> None:
        try:
            await handler(context)
        except Exception:
            logger.exception(
                "webhook handler %s failed for %s (uuid %s, studio %s)",
                getattr(handler, "__qualname__", handler),
                context.item.type,
                context.event.uuid,
                context.studio.studio_id,
            )


def app(
    registry: StudioRegistry,
    handlers: Mapping[WebhookEventType | str, Handler],
    *,
    store: DeliveryStore | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    max_concurrent_handlers: int = MAX_CONCURRENT_HANDLERS,
) -> WebhookReceiver:
    """An ASGI app receiving webhooks for every studio of `registry`.

    `handlers` maps event types (or ``"*"`` for any other type) to async handlers taking a
    :class:`WebhookContext`. `store` remembers accepted deliveries (default: in memory,
    bounded); pass a shared one when several processes receive webhooks.
    """
    return WebhookReceiver(
        registry, handlers, store=store, max_body_bytes=max_body_bytes, max_concurrent_handlers=max_concurrent_handlers
    )


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _respond(
    send: Send, status: int, body: Mapping[str, Any], extra_headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    content = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra_headers or [])})
    await send({"type": "http.response.body", "body": content})


async def _answer_lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return

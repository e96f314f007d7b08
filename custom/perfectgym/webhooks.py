"""Receive PerfectGym webhooks: verify the key, parse, then run handlers or queue the delivery.

    from perfectgym.webhooks import app, WebhookContext

    async def on_contract_created(ctx: WebhookContext) -> None:
        contract = await ctx.client.customers.get_customers_contracts(ctx.event.entity_id)
        ...

    receiver = app(registry, {"CONTRACT_CREATED": on_contract_created})
    # Starlette/FastAPI: routes=[Route("/webhooks/perfectgym", receiver, methods=["POST"])]

The platform waits at most 5 seconds for a 2xx and otherwise redelivers (same ``uuid``) up
to three times, ten minutes apart. Whether a failed handler runs again depends on when the
receiver answers (``acknowledge=``):

- ``"at_once"`` (default): answer 200 as soon as the delivery is verified, run handlers in
  the background. A failing handler releases the delivery's claim, but the platform got its
  200 and does not redeliver: at-most-once when a handler fails or the process dies.
- ``"after_handlers"``: run the delivery's handlers first, within ``handler_timeout``
  (< 5 s), and answer 200 only when they all succeeded; otherwise release the claim and
  answer 5xx, so the platform redelivers and any replica runs it again: at-least-once.
- ``queue=`` (e.g. ``perfectgym.redis.RedisWebhookQueue``): append the delivery to a durable
  queue and answer 200; workers in any process run the handlers with retries.

A delivery is claimed in the `store` while it runs and marked done only after success, so a
redelivery is answered "duplicate" once done, 503 while another run holds the claim. When the
store or queue cannot be reached the answer is 503 (redelivered later), never 200 and lost.
A plain ASGI app: no web framework needed.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Mapping
from typing import Any, Literal, Protocol

import attrs

from perfectgym._config_checks import finite_number, positive_seconds, whole_number
from perfectgym._delivery_store import Claim, ClaimStatus, DeliveryStore, InMemoryDeliveryStore, delivery_key
from perfectgym._errors import ConfigurationError
from perfectgym._json import decode_json
from perfectgym._studios import StudioConfig, StudioRegistry
from perfectgym._webhook_asgi import Receive, Scope, Send, answer_lifespan, read_body, respond
from perfectgym._webhook_events import (
    EVENT_TYPES,
    Checkout,
    WebhookEvent,
    WebhookEventItem,
    WebhookEventType,
    WebhookPayloadError,
    parse_webhook,
)
from perfectgym._webhook_handlers import (
    ANY_EVENT,
    Handler,
    Handlers,
    WebhookContext,
    cancelled_from_outside,
    handler_for,
    handler_name,
)

__all__ = [
    "ANY_EVENT",
    "EVENT_TYPES",
    "Acknowledge",
    "Checkout",
    "Claim",
    "ClaimStatus",
    "DeliveryStore",
    "Handler",
    "InMemoryDeliveryStore",
    "WebhookContext",
    "WebhookEvent",
    "WebhookEventItem",
    "WebhookEventType",
    "WebhookPayloadError",
    "WebhookQueue",
    "WebhookReceiver",
    "app",
    "parse_webhook",
]

logger = logging.getLogger("perfectgym.webhooks")

MAX_BODY_BYTES = 1024 * 1024
MAX_CONCURRENT_HANDLERS = 64
"""Handlers running at once in one receiver; further items of a delivery wait their turn."""
MAX_PENDING = 1000
"""Deliveries accepted but not finished in one receiver; past this the receiver answers 503."""
MAX_PENDING_ITEMS = 100_000
"""Payload items of those deliveries (what holds memory: a 1 MiB body carries up to ~39 000); past this, 503."""
HANDLER_TIMEOUT = 4.0
"""acknowledge="after_handlers": the handlers' deadline, under the platform's 5 s wait."""
LEASE_SECONDS = 300.0
"""acknowledge="at_once": how long a claim keeps redeliveries away while handlers run."""
PLATFORM_WAIT = 5.0
WEBHOOK_KEY_HEADER = b"x-api-key"

Acknowledge = Literal["at_once", "after_handlers"]


class WebhookQueue(Protocol):
    """A durable queue the receiver appends verified deliveries to (``perfectgym.redis.RedisWebhookQueue``)."""

    async def enqueue(self, studio_id: str, document: Mapping[str, Any]) -> bool:
        """Queue a verified delivery atomically; False when this studio's uuid was queued before."""
        ...


def _checked_store(store: object) -> DeliveryStore:
    if all(callable(getattr(store, name, None)) for name in ("claim", "complete", "release")):
        return store  # type: ignore[return-value]
    raise ConfigurationError(
        f"store must implement claim(key, lease_seconds), complete(claim) and release(claim) "
        f"(got {type(store).__name__}; first_delivery(key) stores are no longer enough: see DeliveryStore)"
    )


class WebhookReceiver:
    """The ASGI app returned by :func:`app`; ``await receiver.drain()`` waits for running handlers."""

    def __init__(
        self,
        registry: StudioRegistry,
        handlers: Handlers | None = None,
        *,
        store: DeliveryStore | None = None,
        acknowledge: Acknowledge = "at_once",
        handler_timeout: float = HANDLER_TIMEOUT,
        lease_seconds: float = LEASE_SECONDS,
        queue: WebhookQueue | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
        max_concurrent_handlers: int = MAX_CONCURRENT_HANDLERS,
        max_pending: int = MAX_PENDING,
        max_pending_items: int = MAX_PENDING_ITEMS,
    ) -> None:
        if acknowledge not in ("at_once", "after_handlers"):
            raise ConfigurationError(f"acknowledge must be 'at_once' or 'after_handlers' (got {acknowledge!r})")
        if not finite_number(handler_timeout) or not 0 < handler_timeout < PLATFORM_WAIT:
            raise ConfigurationError(
                f"handler_timeout must be > 0 and < {PLATFORM_WAIT:g} s, the platform's wait (got {handler_timeout!r})"
            )
        positive_seconds("lease_seconds", lease_seconds)
        for name, value in (
            ("max_body_bytes", max_body_bytes),
            ("max_concurrent_handlers", max_concurrent_handlers),
            ("max_pending", max_pending),
            ("max_pending_items", max_pending_items),
        ):
            if not whole_number(value) or value < 1:
                raise ConfigurationError(f"{name} must be an int >= 1 (got {value!r})")
        if queue is not None and (handlers or store is not None or acknowledge != "at_once"):
            raise ConfigurationError(
                "with queue=, handlers run in the queue's workers: pass no handlers, store or acknowledge here"
            )
        self.registry = registry
        self.handlers: dict[str, Handler] = {str(event_type): h for event_type, h in (handlers or {}).items()}
        self.store = _checked_store(store) if store is not None else InMemoryDeliveryStore()
        self.acknowledge: Acknowledge = acknowledge
        self.handler_timeout = handler_timeout
        # after_handlers: handlers are cancelled at the deadline, so the lease need not outlive it by much.
        self.lease_seconds = handler_timeout + 1.0 if acknowledge == "after_handlers" else lease_seconds
        self.queue = queue
        self.max_body_bytes = max_body_bytes
        self.max_pending = max_pending
        self.max_pending_items = max_pending_items
        self._deliveries = 0
        self._items = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._slots = asyncio.Semaphore(max_concurrent_handlers)

    @property
    def pending(self) -> int:
        """Deliveries accepted whose handlers have not finished (``max_pending`` bounds it)."""
        return self._deliveries

    async def drain(self) -> None:
        """Wait until every running handler finished (e.g. at shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await answer_lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"perfectgym webhooks: unsupported ASGI scope {scope['type']!r}")
        if scope["method"] != "POST":
            await respond(send, 405, {"error": "webhooks are delivered with POST"}, [(b"allow", b"POST")])
            return
        studio = self._studio(scope)
        if studio is None:
            logger.warning("webhook refused: missing or unknown x-api-key")
            await respond(send, 401, {"error": "missing or unknown x-api-key"})
            return
        body = await read_body(receive, self.max_body_bytes)
        if body is None:
            await respond(send, 413, {"error": f"body larger than {self.max_body_bytes} bytes"})
            return
        try:
            document = decode_json(body)
            event = parse_webhook(document if isinstance(document, Mapping) else body)
        except (ValueError, UnicodeDecodeError) as exc:
            reason = exc if isinstance(exc, WebhookPayloadError) else f"the body is not valid JSON: {exc}"
            logger.warning("webhook from studio %s refused: %s", studio.studio_id, reason)
            await respond(send, 400, {"error": f"malformed webhook body: {reason}"})
            return
        if self.queue is not None:
            await self._enqueue(send, studio, document, event)
        else:
            await self._handle(send, studio, event)

    def _studio(self, scope: Scope) -> StudioConfig | None:
        raw = b""
        for name, value in scope.get("headers") or []:
            if name.lower() == WEBHOOK_KEY_HEADER:
                raw = value
        try:
            # The key's UTF-8 bytes against the header's raw bytes: strict UTF-8 decoding is exact
            # (bytes that are no UTF-8 match no key), where latin-1 would mangle a non-ASCII key.
            offered = bytes(raw).decode("utf-8")
        except UnicodeDecodeError:
            return None
        return self.registry.studio_for_webhook_key(offered)

    async def _enqueue(self, send: Send, studio: StudioConfig, document: Any, event: WebhookEvent) -> None:
        assert self.queue is not None
        try:
            queued = await self.queue.enqueue(studio.studio_id, document)
        except Exception as exc:
            logger.error("webhook %s from studio %s not queued (%s); answered 503", event.uuid, studio.studio_id, exc)
            await _unavailable(send, event, "the webhook queue is unavailable", 10)
            return
        await respond(send, 200, {"status": "accepted" if queued else "duplicate", "uuid": event.uuid})

    def _overloaded(self, event: WebhookEvent) -> bool:
        # A delivery bigger than max_pending_items alone still runs when nothing else is pending.
        too_many_items = self._items > 0 and self._items + len(event.payload) > self.max_pending_items
        if self._deliveries < self.max_pending and not too_many_items:
            return False
        logger.warning(
            "webhook %s refused with 503: %d deliveries (%d items) are still running",
            event.uuid,
            self._deliveries,
            self._items,
        )
        return True

    async def _handle(self, send: Send, studio: StudioConfig, event: WebhookEvent) -> None:
        if self._overloaded(event):
            await _unavailable(send, event, "too many deliveries in progress", 10)
            return
        try:
            claim = await self.store.claim(delivery_key(studio.studio_id, event.uuid), self.lease_seconds)
        except Exception as exc:
            logger.error(
                "webhook %s from studio %s: delivery store failed (%s); answered 503", event.uuid, studio.studio_id, exc
            )
            await _unavailable(send, event, "the delivery store is unavailable", 10)
            return
        if claim.status == "done":
            logger.info("webhook %s from studio %s is a redelivery; ignored", event.uuid, studio.studio_id)
            await respond(send, 200, {"status": "duplicate", "uuid": event.uuid})
            return
        if claim.status == "busy":
            logger.info(
                "webhook %s from studio %s is being handled elsewhere; answered 503", event.uuid, studio.studio_id
            )
            await _unavailable(send, event, "this delivery is being handled", math.ceil(self.lease_seconds))
            return
        calls = self._calls(event, studio)
        pending = _Pending(claim, len(event.payload))
        self._deliveries += 1
        self._items += pending.items
        if self.acknowledge == "at_once":
            self._track(asyncio.create_task(self._settle(pending, calls), name=f"perfectgym-webhook-{event.uuid}"))
            await respond(send, 200, {"status": "accepted", "uuid": event.uuid})
            return
        started: list[asyncio.Task[bool]] = []
        try:
            async with asyncio.timeout(self.handler_timeout):
                succeeded = await self._run_calls(calls, started)
        except TimeoutError:
            logger.error(
                "webhook %s: handlers did not finish within %gs; answered 503", event.uuid, self.handler_timeout
            )
            self._finish_when_done(pending, started)
            await _unavailable(send, event, "the handlers did not finish in time", 1)
            return
        except BaseException:
            self._finish_when_done(pending, started)
            raise
        await self._finish(pending, succeeded=succeeded)
        if succeeded:
            await respond(send, 200, {"status": "handled", "uuid": event.uuid})
        else:
            await respond(send, 500, {"status": "failed", "uuid": event.uuid}, [(b"retry-after", b"1")])

    def _calls(self, event: WebhookEvent, studio: StudioConfig) -> list[tuple[Handler, WebhookContext]]:
        calls = []
        for item in event.payload:
            handler = handler_for(self.handlers, item)
            if handler is not None:
                client = self.registry.client(studio.studio_id)
                calls.append((handler, WebhookContext(event=event, item=item, studio=studio, client=client)))
        return calls

    def _track(self, task: asyncio.Task[Any]) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_log_failure)

    def _finish_when_done(self, pending: _Pending, started: list[asyncio.Task[bool]]) -> None:
        """Release the claim once the cancelled handlers have finished, without making the platform wait for them."""

        async def finish() -> None:
            if started:
                await asyncio.wait(started)
            await self._finish(pending, succeeded=False)

        self._track(asyncio.create_task(finish(), name=f"perfectgym-webhook-release-{pending.claim.key[:80]}"))

    async def _settle(self, pending: _Pending, calls: list[tuple[Handler, WebhookContext]]) -> None:
        succeeded = False
        try:
            succeeded = await self._run_calls(calls, [])
        finally:
            await self._finish(pending, succeeded=succeeded)

    async def _finish(self, pending: _Pending, *, succeeded: bool) -> None:
        self._deliveries -= 1
        self._items -= pending.items
        claim = pending.claim
        try:
            if succeeded:
                if not await self.store.complete(claim):
                    logger.warning("webhook %s: the claim's lease ran out before the handlers finished", claim.key)
            else:
                await self.store.release(claim)
        except Exception as exc:  # the lease runs out by itself: a redelivery runs the handlers again
            logger.error("webhook %s: could not record the outcome in the delivery store (%s)", claim.key, exc)

    async def _run_calls(self, calls: list[tuple[Handler, WebhookContext]], started: list[asyncio.Task[bool]]) -> bool:
        """Run a delivery's handlers, at most max_concurrent_handlers at once in the receiver; True if all succeeded.

        The tasks go into `started`. When cancelled, this cancels them but does not wait for
        their cleanup (asyncio.wait, not gather): the caller answers the platform in time.
        """
        try:
            for handler, context in calls:
                # A slot before a task: a delivery with 20 000 items must not start 20 000 tasks at once.
                await self._slots.acquire()
                task = asyncio.create_task(_run(handler, context), name=f"perfectgym-webhook-{context.event.uuid}")
                self._track(task)
                task.add_done_callback(lambda _: self._slots.release())
                started.append(task)
            if started:
                await asyncio.wait(started)
        except BaseException:
            for task in started:
                task.cancel()
            raise
        return all(not task.cancelled() and task.result() for task in started)


@attrs.frozen
class _Pending:
    """A delivery whose handlers run: its claim, and its payload items (counted against max_pending_items)."""

    claim: Claim
    items: int


def _log_failure(task: asyncio.Task[Any]) -> None:
    # Handlers' own errors are caught in _run; anything else escaping a task must not vanish unretrieved.
    if not task.cancelled() and task.exception() is not None:
        logger.error("webhook task %s failed", task.get_name(), exc_info=task.exception())


async def _run(handler: Handler, context: WebhookContext) -> bool:
    try:
        await handler(context)
    except (Exception, asyncio.CancelledError) as exc:
        if isinstance(exc, asyncio.CancelledError) and cancelled_from_outside():  # the deadline, or shutdown
            raise
        # A CancelledError of the handler's own (it awaited a cancelled task) is a failure like any other.
        logger.exception(
            "webhook handler %s failed for %s (uuid %s, studio %s)",
            handler_name(handler),
            context.item.type,
            context.event.uuid,
            context.studio.studio_id,
        )
        return False
    return True


async def _unavailable(send: Send, event: WebhookEvent, reason: str, retry_after: int) -> None:
    headers = [(b"retry-after", str(max(1, retry_after)).encode())]
    await respond(send, 503, {"status": "unavailable", "uuid": event.uuid, "error": reason}, headers)


def app(
    registry: StudioRegistry,
    handlers: Handlers | None = None,
    *,
    store: DeliveryStore | None = None,
    acknowledge: Acknowledge = "at_once",
    handler_timeout: float = HANDLER_TIMEOUT,
    lease_seconds: float = LEASE_SECONDS,
    queue: WebhookQueue | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    max_concurrent_handlers: int = MAX_CONCURRENT_HANDLERS,
    max_pending: int = MAX_PENDING,
    max_pending_items: int = MAX_PENDING_ITEMS,
) -> WebhookReceiver:
    """An ASGI app receiving webhooks for every studio of `registry`.

    `handlers` maps event types (or ``"*"`` for any other type) to async handlers taking a
    :class:`WebhookContext`. `store` holds delivery claims (default: in memory, this process
    only); pass ``perfectgym.redis.RedisDeliveryStore`` when several replicas receive webhooks.
    `acknowledge` says when the platform gets its 200 (see the module docstring); with
    `queue`, handlers run in the queue's workers instead and `handlers` stays empty.
    """
    return WebhookReceiver(
        registry,
        handlers,
        store=store,
        acknowledge=acknowledge,
        handler_timeout=handler_timeout,
        lease_seconds=lease_seconds,
        queue=queue,
        max_body_bytes=max_body_bytes,
        max_concurrent_handlers=max_concurrent_handlers,
        max_pending=max_pending,
        max_pending_items=max_pending_items,
    )

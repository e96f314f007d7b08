"""What a webhook handler receives, and which handler an event item goes to.

Shared by the receiver (handlers run in the web process) and the Redis queue workers
(handlers run wherever the workers are).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping

import attrs

from perfectgym._client import AsyncPerfectGym
from perfectgym._studios import StudioConfig
from perfectgym._webhook_events import WebhookEvent, WebhookEventItem, WebhookEventType

__all__ = [
    "ANY_EVENT",
    "Handler",
    "Handlers",
    "WebhookContext",
    "cancelled_from_outside",
    "handler_for",
    "handler_name",
]

logger = logging.getLogger("perfectgym.webhooks")

ANY_EVENT = "*"


@attrs.frozen
class WebhookContext:
    """What a handler gets: the delivery, the one payload item being handled, its studio and client."""

    event: WebhookEvent
    item: WebhookEventItem
    studio: StudioConfig
    client: AsyncPerfectGym


Handler = Callable[[WebhookContext], Awaitable[None]]
Handlers = Mapping[WebhookEventType | str, Handler]


def handler_for(handlers: Mapping[str, Handler], item: WebhookEventItem) -> Handler | None:
    """The handler of the item's type, else the ``"*"`` one, else None (the item is skipped)."""
    handler = handlers.get(str(item.type)) or handlers.get(ANY_EVENT)
    if handler is None:
        logger.debug("no handler for webhook event type %s", item.type)
    return handler


def handler_name(handler: Handler) -> str:
    return str(getattr(handler, "__qualname__", handler))


def cancelled_from_outside() -> bool:
    """Whether the running task is being cancelled; when not, a CancelledError came from inside a handler.

    A handler that awaits a task someone cancelled (a timed-out sub-request) raises
    CancelledError too: that is a handler failure, to log and retry, not a shutdown.
    """
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0

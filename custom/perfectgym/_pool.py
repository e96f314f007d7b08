"""Who closes the httpx connection pool: the object that created it, never one that borrowed it."""

from __future__ import annotations

from types import TracebackType
from typing import Literal, Self

import httpx

from perfectgym._calls_in_flight import calls_in_flight
from perfectgym._ssl import shared_ssl_context

__all__ = ["TRANSPORTS", "PoolOwner", "Transport"]

Transport = Literal["httpx", "aiohttp"]
TRANSPORTS: tuple[Transport, ...] = ("httpx", "aiohttp")

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Per-phase timeouts of a pool the SDK creates; a lent pool keeps its own unless timeout= is passed."""
CLOSE_GRACE = 5.0
"""Seconds aclose() waits for stopped calls to leave the pipeline before closing the pool."""


def new_pool(transport: Transport = "httpx") -> httpx.AsyncClient:
    """A connection pool with the SDK's defaults, over the process-wide SSL context.

    It keeps no cookies: the API authenticates by key, and a pool shared by the studios of
    a registry must not carry one tenant's Set-Cookie to another (httpx keeps a jar per
    client whatever the transport).
    """
    if transport == "aiohttp":
        from perfectgym._transport_aiohttp import SDKAiohttpTransport  # the aiohttp extra, imported on use

        aiohttp = SDKAiohttpTransport(verify=shared_ssl_context(), limits=DEFAULT_LIMITS)
        client = httpx.AsyncClient(transport=aiohttp, timeout=DEFAULT_TIMEOUT, follow_redirects=False)
    else:
        client = httpx.AsyncClient(
            limits=DEFAULT_LIMITS, timeout=DEFAULT_TIMEOUT, follow_redirects=False, verify=shared_ssl_context()
        )

    async def forget_cookies(_response: httpx.Response) -> None:
        # Runs right after httpx stored the response's cookies, before anything else can send.
        client.cookies.clear()

    client.event_hooks = {"request": [], "response": [forget_cookies]}
    return client


class PoolOwner:
    """Holds an httpx.AsyncClient, created here unless one is lent; `async with` closes an owned one."""

    def _init_pool(self, lent: httpx.AsyncClient | None, transport: Transport = "httpx") -> None:
        self._owns_http = lent is None
        self._http = lent or new_pool(transport)

    async def aclose(self) -> None:
        """Close the connection pool if this object created it (a lent pool stays open).

        New calls are refused from the start; calls still in flight on the pool are stopped
        (each raises ClientClosedError), and nothing is sent after this returns. Concurrent
        closes wait for the same close; a cancelled close still completes.
        """
        if self._owns_http:
            await calls_in_flight(self._http).close_pool(self._http, grace=CLOSE_GRACE)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

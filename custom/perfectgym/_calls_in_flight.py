"""The calls running on one connection pool, so that closing the pool stops them.

httpx's ``aclose()`` neither cancels requests waiting for a connection nor stops them from
opening new ones: without this, calls started before ``client.aclose()`` still reach the
API afterwards over a pool that was "closed". The pool's owner first refuses new calls,
then stops every call in flight (each raises ``ClientClosedError`` in its caller), waits
briefly for them to leave the pipeline, and only then closes the pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import Iterator

import httpx

__all__ = ["CallsInFlight", "calls_in_flight", "pool_closed"]

_REGISTRY: weakref.WeakKeyDictionary[httpx.AsyncClient, CallsInFlight] = weakref.WeakKeyDictionary()


class CallsInFlight:
    """Tasks inside a call on one pool, and which of them the pool's close stopped."""

    def __init__(self) -> None:
        self._calls: dict[asyncio.Task[object], asyncio.Future[None]] = {}
        self._stopped: weakref.WeakSet[asyncio.Task[object]] = weakref.WeakSet()
        self._closing: asyncio.Future[None] | None = None

    @property
    def closing(self) -> bool:
        """True from the moment the pool's owner starts closing it: no new call may start."""
        return self._closing is not None

    async def close_pool(self, http: httpx.AsyncClient, grace: float) -> None:
        """Refuse new calls, stop those in flight, then close `http`; every concurrent close waits for the one.

        The work runs in its own task, shielded: a close that is itself cancelled (a shutdown
        timeout) still finishes, so the pool is never left half closed.
        """
        if self._closing is None:
            self._closing = asyncio.ensure_future(self._close(http, grace))
        await asyncio.shield(self._closing)

    async def _close(self, http: httpx.AsyncClient, grace: float) -> None:
        try:
            await self._stop_all(grace)
        finally:
            await http.aclose()

    @contextlib.contextmanager
    def track(self) -> Iterator[None]:
        """Register the current task for the duration of one call."""
        task = asyncio.current_task()
        if task is None or task in self._calls:  # not in a task, or a call inside a call: tracked already
            yield
            return
        left = asyncio.get_running_loop().create_future()
        self._calls[task] = left
        try:
            yield
        finally:
            del self._calls[task]
            left.set_result(None)

    def stopped_by_close(self, task: asyncio.Task[object]) -> bool:
        """Whether the pool's close cancelled `task` (and forget it, so its next call starts clean)."""
        if task not in self._stopped:
            return False
        self._stopped.discard(task)
        return True

    async def _stop_all(self, grace: float) -> None:
        """Cancel every call in flight (once each) and wait up to `grace` seconds for them to leave."""
        leaving = []
        for task, left in list(self._calls.items()):
            if task not in self._stopped:
                self._stopped.add(task)
                task.cancel()
            leaving.append(left)
        if leaving:
            await asyncio.wait(leaving, timeout=grace)


def calls_in_flight(http: httpx.AsyncClient) -> CallsInFlight:
    """The calls of every client and view that share `http`."""
    calls = _REGISTRY.get(http)
    if calls is None:
        calls = _REGISTRY[http] = CallsInFlight()
    return calls


def pool_closed(http: httpx.AsyncClient) -> bool:
    """Whether `http` is closed or its owner is closing it."""
    return http.is_closed or calls_in_flight(http).closing

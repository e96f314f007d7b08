"""The one place the SDK reads time and sleeps, so tests can replace both.

Retries and pagination never call ``asyncio.sleep`` or ``time.monotonic`` directly;
they go through a :class:`Clock`, and tests pass a fake one that advances instantly.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from typing import Protocol

__all__ = ["Clock", "SystemClock"]


class Clock(Protocol):
    """Monotonic time for deadlines, wall time for HTTP dates, and sleeping."""

    def monotonic(self) -> float: ...

    def now(self) -> dt.datetime:
        """The current wall-clock time, timezone-aware (UTC)."""
        ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

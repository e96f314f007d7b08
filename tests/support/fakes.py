"""Test doubles: a clock that never really sleeps, and a ready-made client on a mocked API."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from perfectgym import AsyncPerfectGym, RetryPolicy

BASE_URL = "https://demo.open-api.perfectgym.com"
API_KEY = "sk-studio-7f3a9c-SECRET"


class FakeClock:
    """Monotonic and wall time advance only when the code under test sleeps."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.elapsed = 0.0
        self.start = start or dt.datetime(2026, 11, 24, 12, 0, 0, tzinfo=dt.UTC)
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.elapsed

    def now(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=self.elapsed)

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.elapsed += seconds


def make_client(clock: FakeClock | None = None, **options: Any) -> AsyncPerfectGym:
    """A client on BASE_URL whose retries wait on `clock` with deterministic jitter (always 1.0)."""
    options.setdefault("retry_policy", RetryPolicy(jitter=lambda: 1.0))
    return AsyncPerfectGym(BASE_URL, API_KEY, clock=clock or FakeClock(), **options)


class ManualClock:
    """Time moves only when the test calls `advance`; sleepers wake when their time has come.

    Unlike FakeClock, sleeping really suspends the caller, so tests can queue, cancel and
    lag callers deterministically (no real time, no timed assertions).
    """

    def __init__(self) -> None:
        self.elapsed = 0.0
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def monotonic(self) -> float:
        return self.elapsed

    def now(self) -> dt.datetime:
        return dt.datetime(2026, 11, 24, 12, 0, 0, tzinfo=dt.UTC) + dt.timedelta(seconds=self.elapsed)

    async def sleep(self, seconds: float) -> None:
        wake = asyncio.get_running_loop().create_future()
        self._sleepers.append((self.elapsed + seconds, wake))
        await wake

    async def advance(self, seconds: float) -> None:
        """Move time forward at once (like a blocked event loop) and let woken tasks run."""
        self.elapsed += seconds
        for when, wake in list(self._sleepers):
            if when <= self.elapsed + 1e-12:
                self._sleepers.remove((when, wake))
                if not wake.done():
                    wake.set_result(None)
        await settle()


async def settle(rounds: int = 50) -> None:
    """Give every ready task a chance to run (no real time passes)."""
    for _ in range(rounds):
        await asyncio.sleep(0)

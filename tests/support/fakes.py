"""Test doubles: a clock that never really sleeps, and a ready-made client on a mocked API."""

from __future__ import annotations

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

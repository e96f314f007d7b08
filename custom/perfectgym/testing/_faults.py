"""Fault injection for the local tenant, per endpoint, with every injected fault counted.

Faults are configured per operationId (or ``"*"`` for every endpoint) and can be changed
while the server runs. The kinds mirror what the real API and networks do: the
per-endpoint rate limit (N requests per window, then 429 with ``Retry-After`` until the
window ends), bursts of 503, added latency, connections closed before the request is
handled or dropped mid-response after it was, and malformed JSON bodies.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections import Counter
from collections.abc import Callable

import attrs

__all__ = ["EndpointFaults", "FaultInjector", "RateLimit"]

ANY_ENDPOINT = "*"


@attrs.frozen
class RateLimit:
    """`requests` per fixed `window` seconds per endpoint and studio, like the real API (1000/min)."""

    requests: int
    window: float = 60.0


@attrs.define
class EndpointFaults:
    """What to do to the next requests of one endpoint. Counters of one-shot faults run down."""

    rate_limit: RateLimit | None = None
    fail_with_503: int = 0
    """Answer this many next requests with 503 (a throttling burst)."""
    fail_with_429: int = 0
    """Answer this many next requests with 429 and ``Retry-After: 1``, as if another client had
    used up the window (independent of ``rate_limit``, so it does not depend on throughput)."""
    latency: float = 0.0
    """Seconds added before every answer."""
    drop_connection: int = 0
    """Drop the connection in the middle of this many next responses (after the handler ran)."""
    drop_before_response: int = 0
    """Close the connection of this many next requests unanswered, before the handler runs (nothing changes)."""
    malformed_json: int = 0
    """Send this many next 2xx bodies as broken JSON."""
    fail_with_503_rate: float = 0.0
    """Besides the burst: answer this share of requests with 503 (seeded, so runs repeat)."""
    fail_with_429_rate: float = 0.0
    """Besides the count: answer this share of requests with 429 and ``Retry-After: 1``."""
    drop_connection_rate: float = 0.0
    """Besides the count: drop this share of responses mid-way (after the handler ran)."""


@attrs.define
class _Window:
    started: float
    count: int = 0


class FaultInjector:
    """Decides, per request, which fault (if any) to inject, and counts what it injected."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, seed: int = 1) -> None:
        self._clock = clock
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._faults: dict[str, EndpointFaults] = {}
        self._windows: dict[tuple[str, str], _Window] = {}
        self.counts: Counter[tuple[str, str]] = Counter()
        """(operationId, fault kind) -> how many times it was injected."""

    def configure(self, operation_id: str = ANY_ENDPOINT, **faults: object) -> EndpointFaults:
        """Set the faults of one endpoint (or ``"*"``), replacing what it had."""
        with self._lock:
            self._faults[operation_id] = EndpointFaults(**faults)  # type: ignore[arg-type]
            return self._faults[operation_id]

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self._windows.clear()
            self.counts.clear()

    def count(self, kind: str, operation_id: str | None = None) -> int:
        """How many faults of `kind` were injected (on one endpoint, or on all)."""
        return sum(n for (op, k), n in self.counts.items() if k == kind and operation_id in (None, op))

    def latency(self, operation_id: str) -> float:
        faults = self._lookup(operation_id)
        return max((f.latency for f in faults), default=0.0)

    def rate_limited(self, studio: str, operation_id: str) -> float | None:
        """Seconds until the window ends if this request is over the limit, else None (and counted)."""
        with self._lock:
            limits = [f.rate_limit for f in self._lookup(operation_id) if f.rate_limit is not None]
            if not limits:
                return None
            limit = limits[0]
            now = self._clock()
            window = self._windows.get((studio, operation_id))
            if window is None or now - window.started >= limit.window:
                window = self._windows[(studio, operation_id)] = _Window(started=now)
            window.count += 1
            if window.count <= limit.requests:
                return None
            self.counts[(operation_id, "rate_limit")] += 1
            return max(0.0, limit.window - (now - window.started))

    def take(self, operation_id: str, kind: str) -> bool:
        """Inject `kind` (e.g. ``"fail_with_503"``) now? Pending one-shot faults first, then the seeded rate."""
        with self._lock:
            for faults in self._lookup(operation_id):
                pending = getattr(faults, kind)
                rate = getattr(faults, f"{kind}_rate", 0.0)
                if pending > 0:
                    setattr(faults, kind, pending - 1)
                elif not (rate > 0 and self._random.random() < rate):
                    continue
                self.counts[(operation_id, kind)] += 1
                return True
            return False

    def _lookup(self, operation_id: str) -> list[EndpointFaults]:
        return [f for key in (operation_id, ANY_ENDPOINT) if (f := self._faults.get(key)) is not None]


def retry_after_header(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))

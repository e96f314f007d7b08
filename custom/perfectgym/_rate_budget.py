"""The client's own per-endpoint rate budget, so a busy backend never trips the API's limit.

The API counts requests per endpoint in fixed windows (1000 per minute by default) and
refuses the rest of the window with 429. A burst-then-wait limiter can still put more
than the limit into one server window, whose alignment the client cannot see; this one
spaces requests evenly (at most one per ``per / requests`` seconds per endpoint), so no
window of the server's length ever holds more than the limit, and concurrent tasks of a
client share the budget fairly (first come, first served). After a 429 that happened
anyway (another process using the same key), the endpoint waits out the advertised window.
"""

from __future__ import annotations

import attrs

from perfectgym._clock import Clock

__all__ = ["RateBudget", "RateLimiter"]


@attrs.frozen
class RateBudget:
    """At most `requests` per `per` seconds for each endpoint (method + path template).

    `jitter` is the spread (seconds) between when a request is let through and when the
    server counts it (scheduling, connection reuse): the spacing is ``(per + jitter) /
    requests`` so that requests delayed into the next server window cannot overfill it.
    Against the real API (1000/60 s) that costs 0.03% of the rate.
    """

    requests: int = attrs.field(default=1000, validator=attrs.validators.gt(0))
    per: float = attrs.field(default=60.0, validator=attrs.validators.gt(0))
    jitter: float = attrs.field(default=0.015, validator=attrs.validators.ge(0))

    @property
    def interval(self) -> float:
        return (self.per + self.jitter) / self.requests


class RateLimiter:
    """Per-endpoint spacing on an injectable clock; one instance per client (studio + key)."""

    def __init__(self, budget: RateBudget, clock: Clock) -> None:
        self.budget = budget
        self._clock = clock
        self._next_slot: dict[str, float] = {}
        self.waited = 0.0
        """Total seconds callers were held back (for observability and benchmarks)."""

    async def acquire(self, endpoint: str) -> None:
        """Wait for `endpoint`'s next free slot; slots are reserved in call order."""
        now = self._clock.monotonic()
        slot = max(now, self._next_slot.get(endpoint, now))
        self._next_slot[endpoint] = slot + self.budget.interval
        if slot > now:
            self.waited += slot - now
            await self._clock.sleep(slot - now)

    def back_off(self, endpoint: str, seconds: float) -> None:
        """The API refused with 429 despite the budget: hold `endpoint` for the advertised window."""
        resume = self._clock.monotonic() + seconds
        if resume > self._next_slot.get(endpoint, 0.0):
            self._next_slot[endpoint] = resume

    def __repr__(self) -> str:
        return f"<RateLimiter {self.budget.requests}/{self.budget.per}s per endpoint>"

"""The client's own per-endpoint rate budget, so a busy backend never trips the API's limit.

The API counts requests per endpoint in fixed windows (1000 per minute by default) and
refuses the rest of the window with 429. A burst-then-wait limiter can still put more
than the limit into one server window, whose alignment the client cannot see; this one
spaces requests evenly (at most one per ``per / requests`` seconds per endpoint), so no
window of the server's length ever holds more than the limit.

How it stays honest:
- Callers of one endpoint queue first come, first served; only the head of the queue
  waits on the clock. A slot is granted when the head actually wakes; lateness up to half
  the budget's jitter allowance keeps the schedule (so the rate is used in full), beyond it
  the next slot counts from the real wake-up, so event-loop lag delays requests but never
  bunches them.
- A caller that is cancelled or times out while queued leaves the queue and consumes
  nothing: the next caller moves up.
- A caller whose wait would end past its deadline is refused at once (not queued).
- After a 429 that happened anyway (another process using the same key), the endpoint
  waits out the advertised window, capped by the retry policy.
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
from typing import Protocol

import attrs

from perfectgym._clock import Clock
from perfectgym._config_checks import number_at_least

__all__ = ["EndpointLimiter", "RateBudget", "RateLimiter", "SharedRateLimiter", "SlotUnavailable"]


_positive = number_at_least("RateBudget", 0, inclusive=False)
_non_negative = number_at_least("RateBudget", 0)


def _default_jitter(budget: RateBudget) -> float:
    return min(0.25, max(0.1, budget.per / 240))


@attrs.frozen
class RateBudget:
    """At most `requests` per `per` seconds for each endpoint (method + path template).

    `jitter` is the spread (seconds) between when a request is let through and when the
    server counts it (event-loop scheduling, a new TLS connection, the server's queue): the
    spacing is ``(per + jitter) / requests`` so that requests delayed into the next server
    window cannot overfill it, and a budget equal to the server's limit trips no 429. The
    default is 100 ms for short windows (a loaded host delays a send by tens of
    milliseconds), growing to 250 ms for the API's one-minute window (0.4% of its rate).
    """

    requests: int = attrs.field(default=1000, validator=_positive)
    per: float = attrs.field(default=60.0, validator=_positive)
    jitter: float = attrs.field(default=attrs.Factory(_default_jitter, takes_self=True), validator=_non_negative)

    @property
    def interval(self) -> float:
        return (self.per + self.jitter) / self.requests


class EndpointLimiter(Protocol):
    """What the request pipeline asks before each attempt; one per client key (studio)."""

    budget: RateBudget

    async def acquire(self, endpoint: str, *, max_wait: float | None = None) -> None:
        """Wait for `endpoint`'s next slot; :class:`SlotUnavailable` if it is further than `max_wait`."""
        ...

    async def back_off(self, endpoint: str, seconds: float) -> None:
        """The API answered 429 anyway: hold `endpoint` for `seconds` (every sharer of the key, if shared)."""
        ...


class SharedRateLimiter(Protocol):
    """What ``AsyncPerfectGym(rate_limiter=...)`` takes: gives each client the limiter of its key.

    Clients (in this process or others) with the same key draw from the same budget, e.g.
    :class:`perfectgym.redis.RedisRateLimiter`.
    """

    def limiter_for(self, api_key: str, clock: Clock) -> EndpointLimiter: ...


class SlotUnavailable(Exception):
    """Internal: the endpoint's next slot is later than the caller can wait (`wait` seconds away)."""

    def __init__(self, wait: float) -> None:
        super().__init__(wait)
        self.wait = wait


_SWEEP_FLOOR = 64
"""Lanes kept before the first sweep for idle ones (a client of the spec's operations never needs one)."""


@attrs.define
class _Lane:
    """One endpoint's queue: when the next request may go, and who is waiting for it."""

    next_free: float = -math.inf
    waiters: deque[asyncio.Future[None]] = attrs.field(factory=deque)


class RateLimiter:
    """Per-endpoint spacing on an injectable clock; one instance per client (studio + key)."""

    def __init__(self, budget: RateBudget, clock: Clock) -> None:
        self.budget = budget
        self._clock = clock
        self._lanes: dict[str, _Lane] = {}
        self._sweep_at = _SWEEP_FLOOR
        self.waited = 0.0
        """Total seconds callers were held back (for observability and benchmarks)."""

    async def acquire(self, endpoint: str, *, max_wait: float | None = None) -> None:
        """Wait for `endpoint`'s next free slot, first come first served.

        Raises :class:`SlotUnavailable` at once when the slot cannot come within
        `max_wait` seconds (an estimate counting the callers queued ahead). Cancelling
        the caller releases its place.
        """
        now = self._clock.monotonic()
        lane = self._lane(endpoint, now)
        interval = self.budget.interval
        if max_wait is not None:
            estimate = max(0.0, lane.next_free - now) + len(lane.waiters) * interval
            if estimate > max_wait:
                raise SlotUnavailable(estimate)
        if not lane.waiters and now >= lane.next_free:
            lane.next_free = now + interval
            return
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        lane.waiters.append(turn)
        if len(lane.waiters) == 1:
            turn.set_result(None)
        started = now
        try:
            await turn  # our turn at the head of the queue
            while (now := self._clock.monotonic()) < lane.next_free:
                if max_wait is not None and lane.next_free - started > max_wait:
                    raise SlotUnavailable(lane.next_free - now)  # a 429 pushed the slot out of reach
                await self._clock.sleep(lane.next_free - now)
            # Waking a little late (scheduling) keeps the schedule, so the budget is used in full;
            # later than half the jitter allowance (a blocked loop), the slot counts from now, so
            # requests held back by lag never go out in a bunch.
            lane.next_free = max(lane.next_free, now - self.budget.jitter / 2) + interval
            self.waited += now - started
        finally:
            self._leave(lane, turn)

    @property
    def tracked_endpoints(self) -> int:
        """Endpoints this limiter holds state for; one whose slot has passed and nobody waits on is forgotten."""
        return len(self._lanes)

    def _lane(self, endpoint: str, now: float) -> _Lane:
        lane = self._lanes.get(endpoint)
        if lane is None:
            if len(self._lanes) >= self._sweep_at:
                self._forget_idle(now)
            lane = self._lanes[endpoint] = _Lane()
        return lane

    def _forget_idle(self, now: float) -> None:
        """Drop lanes that hold nothing a new lane would not (amortised: the next sweep waits for twice as many)."""
        idle = [name for name, lane in self._lanes.items() if not lane.waiters and lane.next_free <= now]
        for name in idle:
            del self._lanes[name]
        self._sweep_at = max(_SWEEP_FLOOR, 2 * len(self._lanes))

    @staticmethod
    def _leave(lane: _Lane, turn: asyncio.Future[None]) -> None:
        was_head = bool(lane.waiters) and lane.waiters[0] is turn
        lane.waiters.remove(turn)
        if not turn.done():
            turn.cancel()
        if was_head and lane.waiters and not lane.waiters[0].done():
            lane.waiters[0].set_result(None)

    async def back_off(self, endpoint: str, seconds: float) -> None:
        """The API refused with 429 despite the budget: hold `endpoint` for the advertised window."""
        now = self._clock.monotonic()
        lane = self._lane(endpoint, now)
        lane.next_free = max(lane.next_free, now + seconds)

    def __repr__(self) -> str:
        return f"<RateLimiter {self.budget.requests}/{self.budget.per}s per endpoint>"

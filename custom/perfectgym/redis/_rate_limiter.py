"""A per-endpoint rate budget shared through Redis by every process that uses the same key.

The algorithm is GCRA (the generic cell rate algorithm, as in redis-cell and Stripe's
limiter) run as one Lua script, so a reservation is atomic however many processes ask at
once: the script reads Redis's own clock (``TIME``), grants the endpoint's next slot
``max(tat, now)`` and moves the theoretical arrival time ``tat`` one interval on. Nobody
compares host clocks, so skew between hosts does not matter; the interval carries the
budget's jitter margin for the time between a grant and the server counting the request.
Slots are evenly spaced, never a burst.

In each process only one caller per endpoint holds a reservation at a time (the others
queue locally, first come first served), so after a 429 at most one request per process
was already on its way, and a caller's deadline is checked before it reserves. A caller
that wakes late for its slot moves the schedule on from when it really sends; a caller
cancelled before its slot gives the slot back when nobody reserved after it.

When Redis cannot be reached the limiter does not fail calls: it falls back to an
in-process budget, this process's share (the budget divided by the larger of
``workers`` and the number of processes last seen sharing the key, less one request per
window for the edge each independent schedule can add), logs that once at WARNING, and
tries Redis again every ``retry_redis_after`` seconds. The first process back marks the
key as recovering: for ``2 x retry_redis_after`` the shared schedule runs at the same
share, so processes still on their fallback and processes back on Redis cannot add up to
more than the budget.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import uuid
import weakref
from collections.abc import Awaitable
from typing import Any, Self

import attrs

from perfectgym._clock import Clock
from perfectgym._config_checks import positive_seconds, whole_number
from perfectgym._errors import ConfigurationError
from perfectgym._rate_budget import RateBudget, RateLimiter, SlotUnavailable
from perfectgym.redis._connection import DEFAULT_PREFIX, LoopLocalRedis, bounded, key_digest, redis_errors

__all__ = ["RedisKeyLimiter", "RedisRateLimiter"]

logger = logging.getLogger("perfectgym.redis")

# KEYS: 1 the endpoint's theoretical arrival time (µs, Redis clock), 2 processes seen (zset),
# 3 the key's recovery mark (its value: the share divisor while it lives).
# ARGV: 1 interval µs, 2 max wait µs (-1: none), 3 process id ('' : no heartbeat this time),
# 4 peer ttl µs, 5 horizon µs (a slot further away is not believable: clock step or foreign data),
# 6 recovery mark ttl µs (0: this process is not recovering), 7 this process's share divisor.
# Returns {granted (1|0), wait µs, processes seen or -1, the new tat (µs, as text)}.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if tat > now + tonumber(ARGV[5]) then
  tat = now
end
local peers = -1
if ARGV[3] ~= '' then
  local ttl = tonumber(ARGV[4])
  redis.call('ZADD', KEYS[2], now, ARGV[3])
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - ttl)
  redis.call('PEXPIRE', KEYS[2], math.ceil(ttl / 1000))
  peers = redis.call('ZCARD', KEYS[2])
end
local mark_ttl = tonumber(ARGV[6])
if mark_ttl > 0 then
  local divisor = math.max(tonumber(ARGV[7]), tonumber(redis.call('GET', KEYS[3]) or '1') or 1)
  redis.call('SET', KEYS[3], string.format('%d', divisor), 'PX', math.ceil(mark_ttl / 1000))
end
local share = tonumber(redis.call('GET', KEYS[3]) or '1') or 1
if share > 1 then
  interval = interval * math.min(share, 1000)
end
local grant = math.max(tat, now)
local wait = grant - now
local max_wait = tonumber(ARGV[2])
if max_wait >= 0 and wait > max_wait then
  return {0, wait, peers, string.format('%d', tat)}
end
local next_tat = grant + interval
redis.call('SET', KEYS[1], string.format('%d', next_tat), 'PX', math.ceil((next_tat - now) / 1000) + 1000)
return {1, wait, peers, string.format('%d', next_tat)}
"""

# KEYS[1]: the endpoint's tat. ARGV[1]: µs. Moves the next slot to at least now + ARGV[1]:
# after a 429 (hold for the advertised window) and after a late send (one interval from now).
_HOLD = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
local until_ = math.max(tat, now + tonumber(ARGV[1]))
redis.call('SET', KEYS[1], string.format('%d', until_), 'PX', math.ceil((until_ - now) / 1000) + 1000)
return 1
"""

# KEYS[1]: the endpoint's tat. ARGV: 1 the tat this caller's reservation set, 2 interval µs.
# A cancelled caller's slot goes back only if nobody reserved after it.
_GIVE_BACK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  local tat = tonumber(ARGV[1]) - tonumber(ARGV[2])
  redis.call('SET', KEYS[1], string.format('%d', tat), 'KEEPTTL')
  return 1
end
return 0
"""

_MICROS = 1_000_000
_HEARTBEAT_EVERY = 5.0
"""Seconds between a process's 'still here' marks (piggybacked on a reservation)."""
_PEER_TTL = 60.0
"""A process not seen for this long no longer counts as sharing the key."""
_MIN_HORIZON = 120.0
"""A slot further ahead than max(this, 2 x the budget's window) is not believable and is reset."""


@attrs.define
class _RedisHealth:
    """Whether this process currently reaches Redis; one per limiter (all keys share the server)."""

    retry_after: float
    down_since: float | None = None
    recovering_until: float = -math.inf
    warned: bool = False

    def may_use(self, now: float) -> bool:
        """True unless Redis is out; once per `retry_after` during an outage, True for one prober."""
        if self.down_since is None:
            return True
        if now - self.down_since >= self.retry_after:
            self.down_since = now  # this caller probes; the others keep the fallback meanwhile
            return True
        return False

    def failed(self, now: float) -> bool:
        """Record a failure; True the first time in this outage (log it then)."""
        first = not self.warned
        self.down_since = now
        self.warned = True
        return first

    def succeeded(self, now: float) -> bool:
        """Record a success; True if it ends an outage (this process is then recovering)."""
        if self.down_since is None:
            return False
        self.down_since = None
        self.warned = False
        self.recovering_until = now + 2 * self.retry_after
        return True


@attrs.define
class _Lane:
    """One endpoint's local queue on one event loop: its callers take turns reserving."""

    lock: asyncio.Lock = attrs.field(factory=asyncio.Lock)
    queued: int = 0


@attrs.define
class _KeyState:
    """One API key's state in this process, shared by every client using the key."""

    base: str
    # Per event loop: an asyncio.Lock belongs to the loop it first waited on, and one limiter may
    # serve several loops (asyncio.run per batch, a thread with its own loop).
    lanes: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, _Lane]] = attrs.field(
        factory=weakref.WeakKeyDictionary
    )
    peers_seen: int = 1
    last_heartbeat: float = -math.inf
    fallback: RateLimiter | None = None


class RedisRateLimiter:
    """A :class:`~perfectgym.RateBudget` per endpoint and API key, shared by all processes through Redis.

    ``AsyncPerfectGym(..., rate_limiter=RedisRateLimiter.from_url("redis://...", budget=RateBudget(1000, 60)))``,
    or the same option on a ``StudioRegistry``: each client draws from its own key's budget.
    One instance can serve every client and studio of a process; Redis keys carry a digest of
    the API key, never the key.
    """

    def __init__(
        self,
        redis: LoopLocalRedis,
        *,
        budget: RateBudget,
        workers: int = 1,
        prefix: str = DEFAULT_PREFIX,
        retry_redis_after: float = 2.0,
    ) -> None:
        if not isinstance(redis, LoopLocalRedis):
            raise ConfigurationError("build a RedisRateLimiter with RedisRateLimiter.from_url(url, budget=...)")
        if not isinstance(budget, RateBudget):
            raise ConfigurationError(f"budget must be a perfectgym.RateBudget (got {type(budget).__name__})")
        if not whole_number(workers) or workers < 1:
            raise ConfigurationError(f"workers must be an int >= 1 (got {workers!r})")
        positive_seconds("retry_redis_after", retry_redis_after)
        if not isinstance(prefix, str) or not prefix:
            raise ConfigurationError(f"prefix must be a non-empty str (got {prefix!r})")
        self.redis = redis
        self.budget = budget
        self.workers = workers
        self.prefix = prefix
        self.retry_redis_after = float(retry_redis_after)
        self.health = _RedisHealth(self.retry_redis_after)
        self._keys: dict[str, _KeyState] = {}
        self._background: set[asyncio.Task[Any]] = set()
        self._pid = -1
        self._process_id = ""

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        budget: RateBudget = RateBudget(1000, 60.0),  # noqa: B008 - frozen, shared safely
        workers: int = 1,
        prefix: str = DEFAULT_PREFIX,
        retry_redis_after: float = 2.0,
        socket_timeout: float = 0.5,
    ) -> Self:
        """A limiter on the Redis at `url` (``redis://``, ``rediss://`` or ``unix://``).

        `workers`: how many processes share each key at most, used only while Redis is
        unreachable (the fallback budget per process is the budget divided by the larger of
        this and the number of processes last seen). `socket_timeout` bounds every Redis
        command, connecting included; a slower Redis counts as unreachable.
        """
        positive_seconds("socket_timeout", socket_timeout)
        return cls(
            LoopLocalRedis(url, socket_timeout=socket_timeout),
            budget=budget,
            workers=workers,
            prefix=prefix,
            retry_redis_after=retry_redis_after,
        )

    @property
    def process_id(self) -> str:
        """This process's name among the sharers of a key; new after a fork (gunicorn --preload)."""
        if self._pid != os.getpid():
            self._pid = os.getpid()
            self._process_id = f"{self._pid}-{uuid.uuid4().hex[:8]}"
        return self._process_id

    @property
    def using_fallback(self) -> bool:
        """True while Redis is unreachable and this process spaces requests on its own."""
        return self.health.down_since is not None

    def limiter_for(self, api_key: str, clock: Clock) -> RedisKeyLimiter:
        """The limiter of one API key (what a client uses); no I/O until the first request.

        Clients of the same key in this process share its local queue and fallback budget.
        """
        digest = key_digest(api_key)
        state = self._keys.get(digest)
        if state is None:
            # A hash tag on the key digest: every key of one API key lives in one cluster slot.
            state = self._keys[digest] = _KeyState(base=f"{self.prefix}:rate:{{{digest}}}")
        return RedisKeyLimiter(self, state, clock)

    def run_in_background(self, work: Awaitable[Any]) -> None:
        """Best-effort Redis work that must not hold or fail the caller (a slot given back)."""

        async def run() -> None:
            with contextlib.suppress(*redis_errors()):
                await work

        task = asyncio.get_running_loop().create_task(run())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def aclose(self) -> None:
        """Close this event loop's Redis connections (the limiter works again after, reconnecting)."""
        await self.redis.aclose()

    def __repr__(self) -> str:
        return f"<RedisRateLimiter {self.budget.requests}/{self.budget.per:g}s per endpoint on {self.redis.where!r}>"


class RedisKeyLimiter:
    """One API key's shared budget as one client sees it (the pipeline's limiter)."""

    def __init__(self, shared: RedisRateLimiter, state: _KeyState, clock: Clock) -> None:
        self.shared = shared
        self.budget = shared.budget
        self._state = state
        self._clock = clock
        self.waited = 0.0
        """Total seconds this client's callers were held back (for observability and benchmarks)."""

    @property
    def using_fallback(self) -> bool:
        """True while Redis is unreachable and this process spaces requests on its own."""
        return self.shared.using_fallback

    @property
    def tracked_endpoints(self) -> int:
        """Endpoints with callers queued in this process (the schedules live in Redis, with expiry)."""
        return sum(len(lanes) for lanes in self._state.lanes.values())

    @property
    def sharers(self) -> int:
        """How many processes this one assumes share the key: max(workers, processes last seen)."""
        return max(self.shared.workers, self._state.peers_seen)

    @property
    def fallback_budget(self) -> RateBudget:
        """This process's share of the budget while Redis is unreachable.

        Each process's own schedule can put one request more than its share into a server
        window (the edge), so the share leaves that request out when several processes share.
        """
        sharers = self.sharers
        share = self.budget.requests // sharers - (1 if sharers > 1 else 0)
        return attrs.evolve(self.budget, requests=max(1, share))

    async def acquire(self, endpoint: str, *, max_wait: float | None = None) -> None:
        clock = self._clock
        started = clock.monotonic()
        if self.shared.health.may_use(started):
            probe = self.shared.health.down_since  # None, or this caller's probe of a Redis that was out
            lanes = self._state.lanes.setdefault(asyncio.get_running_loop(), {})
            lane = lanes.get(endpoint) or lanes.setdefault(endpoint, _Lane())
            if max_wait is not None and lane.queued * self.budget.interval > max_wait:
                raise SlotUnavailable(lane.queued * self.budget.interval)  # the callers ahead alone take longer
            lock = lane.lock
            lane.queued += 1
            try:
                async with asyncio.timeout(max_wait) if max_wait is not None else contextlib.nullcontext():
                    await lock.acquire()  # one reservation per endpoint at a time in this process
            except TimeoutError:
                raise SlotUnavailable(max_wait or 0.0) from None
            finally:
                lane.queued -= 1
            try:
                no_outage_began = self.shared.health.down_since in (None, probe)  # while we queued
                if no_outage_began and await self._take_shared_slot(endpoint, started, max_wait):
                    return
            finally:
                lock.release()
                if lane.queued == 0 and lanes.get(endpoint) is lane:
                    del lanes[endpoint]  # nobody waits: the lane holds nothing (its schedule lives in Redis)
        await self._fallback_limiter().acquire(endpoint, max_wait=_left(max_wait, started, clock))

    async def _take_shared_slot(self, endpoint: str, started: float, max_wait: float | None) -> bool:
        """Reserve and wait for the endpoint's next shared slot; False if Redis failed (use the fallback)."""
        clock = self._clock
        for attempt in (1, 2):
            left = _left(max_wait, started, clock)
            try:
                reserved = await self._reserve(endpoint, left)
                break
            except TimeoutError as exc:
                if left is not None and left / 2 < self.shared.redis.command_timeout:
                    return False  # the caller's own deadline was shorter: only this call goes without Redis
                if attempt == 2:
                    self._redis_failed(exc)  # twice the whole command timeout: Redis counts as down
                    return False
                # Once more at once: a timeout can also mean this process's own loop was blocked
                # while the answer waited in the socket, which says nothing about Redis.
            except redis_errors() as exc:
                self._redis_failed(exc)
                return False
        wait, tat = reserved
        due = clock.monotonic() + wait
        try:
            if wait > 0:
                await clock.sleep(wait)
        except asyncio.CancelledError:
            # Nobody will use this slot: give it back if no other process reserved after it.
            give_back = self.shared.redis.script(_GIVE_BACK)
            command = give_back(keys=[self._key(endpoint)], args=[tat, self._interval_us()])
            self.shared.run_in_background(bounded(command, self.shared.redis.command_timeout))
            raise
        late = clock.monotonic() - due
        if late > self.budget.jitter / 2:
            # Woken late (a blocked loop): the request goes out now, so the next slot of every
            # process counts from now, as the in-process limiter re-anchors its schedule.
            hold = self.shared.redis.script(_HOLD)
            command = hold(keys=[self._key(endpoint)], args=[self._interval_us()])
            self.shared.run_in_background(bounded(command, self.shared.redis.command_timeout))
        self.waited += clock.monotonic() - started
        return True

    async def back_off(self, endpoint: str, seconds: float) -> None:
        """A 429 despite the budget: every process sharing the key holds `endpoint` for `seconds`."""
        seconds = min(max(0.0, seconds), self._horizon())
        await self._fallback_limiter().back_off(endpoint, seconds)  # kept in case Redis goes away
        if not self.shared.health.may_use(self._clock.monotonic()):
            return
        try:
            hold = self.shared.redis.script(_HOLD)
            command = hold(keys=[self._key(endpoint)], args=[int(seconds * _MICROS)])
            await bounded(command, self.shared.redis.command_timeout)
        except redis_errors() as exc:
            self._redis_failed(exc)

    async def _reserve(self, endpoint: str, max_wait: float | None) -> tuple[float, str]:
        """Reserve the endpoint's next slot in Redis: (seconds until it, the tat it set).

        SlotUnavailable if it is further than `max_wait`; a Redis error if Redis fails or
        does not answer within its command timeout (or the caller's `max_wait`, if shorter).
        """
        state = self._state
        now = self._clock.monotonic()
        heartbeat = now - state.last_heartbeat >= _HEARTBEAT_EVERY
        recovering = self.shared.health.down_since is not None or now < self.shared.health.recovering_until
        keys = [self._key(endpoint), f"{state.base}:processes", f"{state.base}:recovering"]
        args: list[int | str] = [
            self._interval_us(),
            -1 if max_wait is None else int(max_wait * _MICROS),
            self.shared.process_id if heartbeat else "",
            int(_PEER_TTL * _MICROS),
            int(self._horizon() * _MICROS),
            int(2 * self.shared.retry_redis_after * _MICROS) if recovering else 0,
            self.sharers,
        ]
        timeout = self.shared.redis.command_timeout
        if max_wait is not None:  # a slow Redis may take half of what the caller has left, not all of it
            timeout = max(0.001, min(timeout, max_wait / 2))
        command = self.shared.redis.script(_RESERVE)(keys=keys, args=args)
        granted, wait_us, peers, tat = await bounded(command, timeout)
        if heartbeat:
            state.last_heartbeat = now
            state.peers_seen = max(1, int(peers))
        if self.shared.health.succeeded(self._clock.monotonic()):
            logger.warning("Redis at %s answers again: back to the shared rate budget", self.shared.redis.where)
        if not int(granted):
            raise SlotUnavailable(int(wait_us) / _MICROS)
        return int(wait_us) / _MICROS, tat.decode() if isinstance(tat, bytes) else str(tat)

    def _redis_failed(self, exc: BaseException) -> None:
        if self.shared.health.failed(self._clock.monotonic()):
            budget = self.fallback_budget
            logger.warning(
                "Redis at %s is unreachable (%s): spacing requests in this process alone at %d per %gs "
                "per endpoint (its share of the budget, for %d processes) until it answers again",
                self.shared.redis.where,
                type(exc).__name__,
                budget.requests,
                budget.per,
                self.sharers,
            )

    def _fallback_limiter(self) -> RateLimiter:
        budget = self.fallback_budget
        fallback = self._state.fallback
        if fallback is None or fallback.budget != budget:
            fallback = self._state.fallback = RateLimiter(budget, self._clock)
        return fallback

    def _key(self, endpoint: str) -> str:
        return f"{self._state.base}:{endpoint}"

    def _interval_us(self) -> int:
        return max(1, int(self.budget.interval * _MICROS))

    def _horizon(self) -> float:
        return max(_MIN_HORIZON, 2 * self.budget.per)

    def __repr__(self) -> str:
        state = "fallback" if self.using_fallback else "shared"
        return f"<RedisKeyLimiter {self.budget.requests}/{self.budget.per:g}s per endpoint ({state})>"


def _left(max_wait: float | None, started: float, clock: Clock) -> float | None:
    return None if max_wait is None else max(0.0, max_wait - (clock.monotonic() - started))

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
was already on its way, and a caller's deadline is checked before it reserves.

When Redis cannot be reached the limiter does not fail calls: it falls back to an
in-process budget divided by the number of processes last seen sharing the key (or the
configured ``workers``, whichever is larger), logs that once at WARNING, and tries Redis
again after ``retry_redis_after`` seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import uuid
from typing import Self

import attrs

from perfectgym._clock import Clock
from perfectgym._config_checks import finite_number, whole_number
from perfectgym._errors import ConfigurationError
from perfectgym._rate_budget import RateBudget, RateLimiter, SlotUnavailable
from perfectgym.redis._connection import DEFAULT_PREFIX, LoopLocalRedis, bounded, key_digest, redis_errors

__all__ = ["RedisRateLimiter"]

logger = logging.getLogger("perfectgym.redis")

# KEYS[1]: the endpoint's theoretical arrival time (µs, Redis clock); KEYS[2]: processes seen (zset).
# ARGV: interval µs, max wait µs (-1: none), process id ('' : no heartbeat this time), peer ttl µs.
# Returns {granted (1|0), wait µs, processes seen or -1}.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
local grant = math.max(tat, now)
local wait = grant - now
local peers = -1
if ARGV[3] ~= '' then
  local ttl = tonumber(ARGV[4])
  redis.call('ZADD', KEYS[2], now, ARGV[3])
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - ttl)
  redis.call('PEXPIRE', KEYS[2], math.ceil(ttl / 1000))
  peers = redis.call('ZCARD', KEYS[2])
end
local max_wait = tonumber(ARGV[2])
if max_wait >= 0 and wait > max_wait then
  return {0, wait, peers}
end
local next_tat = grant + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%d', next_tat), 'PX', math.ceil((next_tat - now) / 1000) + 1000)
return {1, wait, peers}
"""

# KEYS[1]: as above. ARGV[1]: hold µs. Moves the next slot to at least now + hold.
_HOLD = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
local until_ = math.max(tat, now + tonumber(ARGV[1]))
redis.call('SET', KEYS[1], string.format('%d', until_), 'PX', math.ceil((until_ - now) / 1000) + 1000)
return 1
"""

_MICROS = 1_000_000
_HEARTBEAT_EVERY = 5.0
"""Seconds between a process's 'still here' marks (piggybacked on a reservation)."""
_PEER_TTL = 60.0
"""A process not seen for this long no longer counts as sharing the key."""


@attrs.define
class _Outage:
    """Whether this limiter currently uses its fallback, and since when (monotonic)."""

    since: float | None = None
    logged: bool = False


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
        if not isinstance(budget, RateBudget):
            raise ConfigurationError(f"budget must be a perfectgym.RateBudget (got {type(budget).__name__})")
        if not whole_number(workers) or workers < 1:
            raise ConfigurationError(f"workers must be an int >= 1 (got {workers!r})")
        if not finite_number(retry_redis_after) or retry_redis_after <= 0:
            raise ConfigurationError(f"retry_redis_after must be a number of seconds > 0 (got {retry_redis_after!r})")
        if not isinstance(prefix, str) or not prefix:
            raise ConfigurationError(f"prefix must be a non-empty str (got {prefix!r})")
        self.redis = redis
        self.budget = budget
        self.workers = workers
        self.prefix = prefix
        self.retry_redis_after = float(retry_redis_after)
        self._pid = -1
        self._process_id = ""

    @property
    def process_id(self) -> str:
        """This process's name among the sharers of a key; new after a fork (gunicorn --preload)."""
        if self._pid != os.getpid():
            self._pid = os.getpid()
            self._process_id = f"{self._pid}-{uuid.uuid4().hex[:8]}"
        return self._process_id

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
        command; a slower Redis counts as unreachable.
        """
        if not finite_number(socket_timeout) or socket_timeout <= 0:
            raise ConfigurationError(f"socket_timeout must be a number of seconds > 0 (got {socket_timeout!r})")
        return cls(
            LoopLocalRedis(url, socket_timeout=socket_timeout),
            budget=budget,
            workers=workers,
            prefix=prefix,
            retry_redis_after=retry_redis_after,
        )

    def limiter_for(self, api_key: str, clock: Clock) -> RedisKeyLimiter:
        """The limiter of one API key (what a client uses); no I/O until the first request."""
        return RedisKeyLimiter(self, key_digest(api_key), clock)

    async def aclose(self) -> None:
        """Close this event loop's Redis connections (the limiter works again after, reconnecting)."""
        await self.redis.aclose()

    def __repr__(self) -> str:
        where = self.redis.url.split("@")[-1]
        return f"<RedisRateLimiter {self.budget.requests}/{self.budget.per:g}s per endpoint on {where!r}>"


class RedisKeyLimiter:
    """One API key's shared budget; the pipeline's limiter for every client using that key here."""

    def __init__(self, shared: RedisRateLimiter, digest: str, clock: Clock) -> None:
        self.shared = shared
        self.budget = shared.budget
        self._clock = clock
        # A hash tag on the key digest: every key of one API key lives in one cluster slot.
        self._base = f"{shared.prefix}:rate:{{{digest}}}"
        self._peers_key = f"{self._base}:processes"
        self._locks: dict[str, asyncio.Lock] = {}
        self._peers_seen = 1
        self._last_heartbeat = -math.inf
        self._outage = _Outage()
        self._fallback: RateLimiter | None = None
        self.waited = 0.0
        """Total seconds callers were held back (for observability and benchmarks)."""

    @property
    def using_fallback(self) -> bool:
        """True while Redis is unreachable and this process spaces requests on its own."""
        return self._outage.since is not None

    @property
    def fallback_budget(self) -> RateBudget:
        """This process's share of the budget while Redis is unreachable."""
        sharers = max(self.shared.workers, self._peers_seen)
        return attrs.evolve(self.budget, requests=max(1, self.budget.requests // sharers))

    async def acquire(self, endpoint: str, *, max_wait: float | None = None) -> None:
        started = self._clock.monotonic()
        if self._may_use_redis():
            probe = self._outage.since  # None, or the time of this caller's probe of a Redis that was out
            lock = self._locks.setdefault(endpoint, asyncio.Lock())
            try:
                async with asyncio.timeout(max_wait) if max_wait is not None else contextlib.nullcontext():
                    await lock.acquire()  # one reservation per endpoint at a time in this process
            except TimeoutError:
                raise SlotUnavailable(max_wait or 0.0) from None
            try:
                if self._outage.since in (None, probe):  # no outage began while we queued
                    try:
                        wait = await self._reserve(endpoint, _left(max_wait, started, self._clock))
                    except redis_errors() as exc:
                        self._enter_outage(exc)
                    else:
                        if wait > 0:
                            await self._clock.sleep(wait)
                        self.waited += self._clock.monotonic() - started
                        return
            finally:
                lock.release()
        await self._fallback_limiter().acquire(endpoint, max_wait=_left(max_wait, started, self._clock))

    async def back_off(self, endpoint: str, seconds: float) -> None:
        """A 429 despite the budget: every process sharing the key holds `endpoint` for `seconds`."""
        await self._fallback_limiter().back_off(endpoint, seconds)  # kept in case Redis goes away
        if not self._may_use_redis():
            return
        try:
            hold = self.shared.redis.script(_HOLD)
            command = hold(keys=[self._endpoint_key(endpoint)], args=[int(seconds * _MICROS)])
            await bounded(command, self.shared.redis.command_timeout)
        except redis_errors() as exc:
            self._enter_outage(exc)

    async def _reserve(self, endpoint: str, max_wait: float | None) -> float:
        """Reserve the endpoint's next slot in Redis; seconds until it. SlotUnavailable if too far."""
        now = self._clock.monotonic()
        heartbeat = now - self._last_heartbeat >= _HEARTBEAT_EVERY
        keys = [self._endpoint_key(endpoint), self._peers_key]
        args: list[int | str] = [
            int(self.budget.interval * _MICROS),
            -1 if max_wait is None else int(max_wait * _MICROS),
            self.shared.process_id if heartbeat else "",
            int(_PEER_TTL * _MICROS),
        ]
        command = self.shared.redis.script(_RESERVE)(keys=keys, args=args)
        granted, wait_us, peers = await bounded(command, self.shared.redis.command_timeout)
        if heartbeat:
            self._last_heartbeat = now
            self._peers_seen = max(1, int(peers))
        self._leave_outage()
        if not int(granted):
            raise SlotUnavailable(int(wait_us) / _MICROS)
        return int(wait_us) / _MICROS

    def _endpoint_key(self, endpoint: str) -> str:
        return f"{self._base}:{endpoint}"

    def _may_use_redis(self) -> bool:
        """True unless Redis is out; once per `retry_redis_after` during an outage, True for one prober."""
        since = self._outage.since
        if since is None:
            return True
        now = self._clock.monotonic()
        if now - since >= self.shared.retry_redis_after:
            self._outage.since = now  # this caller probes Redis; the others keep the fallback meanwhile
            return True
        return False

    def _enter_outage(self, exc: BaseException) -> None:
        self._outage.since = self._clock.monotonic()
        if not self._outage.logged:
            self._outage.logged = True
            budget = self.fallback_budget
            logger.warning(
                "Redis at %s is unreachable (%s): spacing requests in this process alone at %d per %gs "
                "per endpoint (1/%d of the shared budget) until it answers again",
                self.shared.redis.url.split("@")[-1],
                type(exc).__name__,
                budget.requests,
                budget.per,
                max(self.shared.workers, self._peers_seen),
            )

    def _leave_outage(self) -> None:
        if self._outage.logged:
            logger.warning(
                "Redis at %s answers again: back to the shared rate budget", self.shared.redis.url.split("@")[-1]
            )
        self._outage = _Outage()

    def _fallback_limiter(self) -> RateLimiter:
        budget = self.fallback_budget
        if self._fallback is None or self._fallback.budget != budget:
            self._fallback = RateLimiter(budget, self._clock)
        return self._fallback

    def __repr__(self) -> str:
        state = "fallback" if self.using_fallback else "shared"
        return f"<RedisKeyLimiter {self.budget.requests}/{self.budget.per:g}s per endpoint ({state})>"


def _left(max_wait: float | None, started: float, clock: Clock) -> float | None:
    return None if max_wait is None else max(0.0, max_wait - (clock.monotonic() - started))

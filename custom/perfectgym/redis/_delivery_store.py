"""Webhook delivery leases in Redis, shared by every receiver replica.

One key per delivery: ``claim:<token>`` with the lease as its expiry while handlers run,
``done`` (kept `done_ttl`, longer than the platform's redelivery window) once they succeeded.
Each step is one Lua script, so claim, complete and release are atomic, and release only
drops the lease its own token holds. A Redis error propagates: the receiver answers 503 and
the platform redelivers, rather than the delivery being accepted and lost.
"""

from __future__ import annotations

from perfectgym._config_checks import positive_seconds
from perfectgym._delivery_store import Claim, ClaimStatus, new_token
from perfectgym.redis._connection import DEFAULT_PREFIX, LoopLocalRedis, key_part

__all__ = ["RedisDeliveryStore"]

_CLAIM = """
local v = redis.call('GET', KEYS[1])
if v == 'done' then return 'done' end
if v then return 'busy' end
redis.call('SET', KEYS[1], 'claim:' .. ARGV[1], 'PX', ARGV[2])
return 'claimed'
"""
# Returns 1 when the caller still held the lease; the key becomes done either way.
_COMPLETE = """
local held = redis.call('GET', KEYS[1]) == 'claim:' .. ARGV[1]
redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
if held then return 1 end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == 'claim:' .. ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
"""

DONE_TTL = 7 * 24 * 3600.0


def _milliseconds(seconds: float) -> int:
    return max(1, round(seconds * 1000))


class RedisDeliveryStore:
    """A DeliveryStore in Redis: ``app(registry, handlers, store=RedisDeliveryStore("redis://..."))``."""

    def __init__(
        self, redis: str | LoopLocalRedis, *, prefix: str = DEFAULT_PREFIX, done_ttl: float = DONE_TTL
    ) -> None:
        positive_seconds("done_ttl", done_ttl)
        self.redis = redis if isinstance(redis, LoopLocalRedis) else LoopLocalRedis(redis)
        self.prefix = prefix
        self.done_ttl = done_ttl

    def _key(self, key: str) -> str:
        return f"{self.prefix}:webhooks:delivery:{key_part(key)}"

    async def claim(self, key: str, lease_seconds: float) -> Claim:
        token = new_token()
        status = await self.redis.get().eval(_CLAIM, 1, self._key(key), token, _milliseconds(lease_seconds))
        text = status.decode() if isinstance(status, bytes) else str(status)
        if text not in ("claimed", "done", "busy"):  # pragma: no cover - the script returns nothing else
            raise RuntimeError(f"unexpected claim answer {text!r}")
        result: ClaimStatus = "claimed" if text == "claimed" else "done" if text == "done" else "busy"
        return Claim(key, result, token if result == "claimed" else "")

    async def complete(self, claim: Claim) -> bool:
        held = await self.redis.get().eval(
            _COMPLETE, 1, self._key(claim.key), claim.token, _milliseconds(self.done_ttl)
        )
        return bool(held)

    async def release(self, claim: Claim) -> bool:
        if not claim.token:
            return False
        released = await self.redis.get().eval(_RELEASE, 1, self._key(claim.key), claim.token)
        return bool(released)

    async def aclose(self) -> None:
        await self.redis.aclose()

    def __repr__(self) -> str:
        return f"<RedisDeliveryStore {self.redis!r} prefix={self.prefix!r}>"

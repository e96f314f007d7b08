"""Coordination of many processes through Redis (or Valkey): extra ``perfectgym[redis]``.

- :class:`RedisRateLimiter`: one per-endpoint rate budget per API key, shared by every
  client in every process: ``AsyncPerfectGym(..., rate_limiter=RedisRateLimiter.from_url(url))``.
"""

from perfectgym.redis._rate_limiter import RedisKeyLimiter, RedisRateLimiter

__all__ = ["RedisKeyLimiter", "RedisRateLimiter"]

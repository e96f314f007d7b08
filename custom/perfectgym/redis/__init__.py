"""Coordination of many processes through Redis (or Valkey): extra ``perfectgym[redis]``.

- :class:`RedisRateLimiter`: one per-endpoint rate budget per API key, shared by every
  client in every process: ``AsyncPerfectGym(..., rate_limiter=RedisRateLimiter.from_url(url))``.
- :class:`RedisDeliveryStore`: webhook delivery leases shared by receiver replicas
  (``perfectgym.webhooks.app(..., store=RedisDeliveryStore(url))``).
- :class:`RedisWebhookQueue`: a durable webhook queue (a Stream with a consumer group,
  retries and a dead-letter stream): ``app(registry, queue=queue)`` and ``queue.run_worker(...)``.
"""

from perfectgym.redis._delivery_store import RedisDeliveryStore
from perfectgym.redis._rate_limiter import RedisKeyLimiter, RedisRateLimiter
from perfectgym.redis._webhook_queue import DeadLetter, RedisWebhookQueue

__all__ = ["DeadLetter", "RedisDeliveryStore", "RedisKeyLimiter", "RedisRateLimiter", "RedisWebhookQueue"]

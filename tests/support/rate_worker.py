"""One worker process of the shared-budget runs (tests and ``make bench``).

    python -m tests.support.rate_worker URL API_KEY CALLS CONCURRENCY REQUESTS PER [REDIS_URL]

With REDIS_URL the client uses ``RedisRateLimiter`` (one budget for every process using the
key); without it, its own in-process ``RateBudget``. It prints ``ready``, waits for a line
on stdin (so that every worker starts at once), makes CALLS calls to one endpoint, and prints
one JSON line: successes, failures, the 429s it saw and the wall times of its first and last
completed call.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time

from perfectgym import AsyncPerfectGym, PerfectGymError, RateBudget, RetryPolicy


class _Seen429(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += "429" in record.getMessage()


async def _run(url: str, api_key: str, calls: int, concurrency: int, budget: RateBudget, redis_url: str | None) -> None:
    seen = _Seen429()
    logging.getLogger("perfectgym").addHandler(seen)
    options: dict[str, object] = {"retry_policy": RetryPolicy(max_retries=3, deadline=30.0)}
    if redis_url:
        from perfectgym.redis import RedisRateLimiter

        options["rate_limiter"] = RedisRateLimiter.from_url(redis_url, budget=budget)
    else:
        options["rate_budget"] = budget
    done: list[float] = []
    failures: list[str] = []
    async with AsyncPerfectGym(url, api_key, **options) as client:  # type: ignore[arg-type]
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)

        async def one() -> None:
            try:
                await client.studios.get_studio_information()
                done.append(time.time())
            except PerfectGymError as exc:
                failures.append(type(exc).__name__)

        await client.gather((one() for _ in range(calls)), concurrency=concurrency)
    report = {"ok": len(done), "failed": failures, "seen_429": seen.count, "first": min(done, default=0.0)}
    report["last"] = max(done, default=0.0)
    print(json.dumps(report), flush=True)


def main() -> None:
    url, api_key, calls, concurrency, requests, per, *rest = sys.argv[1:]
    budget = RateBudget(int(requests), float(per))
    asyncio.run(_run(url, api_key, int(calls), int(concurrency), budget, rest[0] if rest else None))


if __name__ == "__main__":
    main()

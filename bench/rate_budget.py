"""Benchmark 4: 3 000 calls to one endpoint against a server limit scaled to 100 per second.

The local tenant (own process) enforces 400 requests per 4-second window per endpoint (the
API's 1000 per minute, scaled) and answers 429 beyond it; the client runs with a budget
equal to that limit, RateBudget(400, 4.0), and 32 calls in flight. The budget's default
jitter margin (100 ms here, 250 ms for the API's minute) costs 2.4% of this scaled rate and
0.4% of the real one.
Reported: achieved rate / allowed rate, and how many 429s the server sent.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time

from bench.common import emit, local_tenant_process

CALLS = 3000
LIMIT, WINDOW = 400, 4.0


class RetryCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.rate_limited = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.rate_limited += "429" in str(getattr(record, "perfectgym_status", ""))


async def run(url: str, api_key: str) -> float:
    from perfectgym import AsyncPerfectGym, RateBudget

    async with AsyncPerfectGym(url, api_key, rate_budget=RateBudget(LIMIT, WINDOW)) as client:
        await client.studios.get_studio_information()  # connect first; counts against the budget too
        start = time.perf_counter()
        await client.gather((client.studios.get_studio_information() for _ in range(CALLS - 1)), concurrency=32)
        return time.perf_counter() - start


def main() -> None:
    from perfectgym.testing import DEFAULT_API_KEYS

    counter = RetryCounter()
    logging.getLogger("perfectgym").addHandler(counter)
    with local_tenant_process("--customers", "100", "--rate-limit", f"{LIMIT}/{WINDOW}") as (url, output):
        seconds = asyncio.run(run(url, DEFAULT_API_KEYS[0]))
    server_429 = sum(int(n) for n in re.findall(r"rate_limit': (\d+)", " ".join(output)))
    achieved = (CALLS - 1) / seconds
    emit(
        {
            "benchmark": "rate_budget",
            "calls": CALLS,
            "allowed_per_s": LIMIT / WINDOW,
            "achieved_per_s": achieved,
            "achieved_over_allowed": achieved / (LIMIT / WINDOW),
            "server_429s": server_429,
            "client_saw_429s": counter.rate_limited,
        }
    )


if __name__ == "__main__":
    main()

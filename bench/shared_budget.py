"""Benchmark 5: many worker processes, one studio key, one endpoint limit (100/s in 4 s windows).

1, 2 and 4 worker processes share a key against the local tenant, which answers 429 beyond
400 requests per 4-second window per endpoint. Side by side in one run, interleaved: every
process with its own ``RateBudget(400, 4.0)`` (what a fleet gets without coordination) and
every process on ``RedisRateLimiter`` with the same budget (a real Valkey server).
Reported per configuration: achieved / allowed rate and the server's 429s, as the median of
interleaved rounds with the min-max spread.
"""

from __future__ import annotations

import statistics

from bench.common import REPO_ROOT, emit

TOTAL_CALLS = 800
LIMIT, WINDOW = 400, 4.0
ROUNDS = 3
WORKER_COUNTS = (1, 2, 4)


def main() -> None:
    import sys

    sys.path.insert(0, str(REPO_ROOT))
    from perfectgym.testing import LocalTenant, RateLimit
    from tests.support.redis_server import RedisServer
    from tests.support.shared_budget_run import run_workers

    samples: dict[str, list[tuple[float, int]]] = {}
    with RedisServer() as redis, LocalTenant() as tenant:
        for _ in range(ROUNDS):
            for workers in WORKER_COUNTS:
                for mode, redis_url in (("per_process", None), ("shared", redis.url)):
                    tenant.faults.clear()
                    tenant.faults.configure("*", rate_limit=RateLimit(LIMIT, window=WINDOW))
                    result = run_workers(
                        tenant.url,
                        tenant.api_key,
                        workers=workers,
                        calls_each=TOTAL_CALLS // workers,
                        concurrency=8,
                        requests=LIMIT,
                        per=WINDOW,
                        redis_url=redis_url,
                    )
                    ratio = result.achieved_rate() / (LIMIT / WINDOW)
                    samples.setdefault(f"{mode}_w{workers}", []).append((ratio, tenant.faults.count("rate_limit")))
    summary: dict[str, object] = {"benchmark": "shared_budget", "rounds": ROUNDS, "total_calls": TOTAL_CALLS}
    for name, runs in samples.items():
        ratios = [r for r, _ in runs]
        refusals = [n for _, n in runs]
        summary[f"{name}_ratio"] = statistics.median(ratios)
        summary[f"{name}_ratio_min"] = min(ratios)
        summary[f"{name}_ratio_max"] = max(ratios)
        summary[f"{name}_429s"] = statistics.median(refusals)
        summary[f"{name}_429s_min"] = min(refusals)
        summary[f"{name}_429s_max"] = max(refusals)
    emit(summary)


if __name__ == "__main__":
    main()

"""Benchmark 3: stream N customers through the paginator; records/s and the client's peak RSS.

Each N runs in a fresh process (so peak RSS belongs to that run alone) against a local
tenant in another process; 10 000 and 100 000 records are compared: memory should not grow
with the total, since pages are dropped once consumed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time

from bench.common import emit, local_tenant_process

SIZES = (10_000, 100_000)


async def stream(url: str, api_key: str, limit: int) -> tuple[int, float]:
    from perfectgym import AsyncPerfectGym

    count = 0
    start = time.perf_counter()
    async with AsyncPerfectGym(url, api_key, rate_budget=None) as client:
        async for customer in client.customers.iter_customers(slice_size=500):
            count += customer.id > 0
            if count >= limit:
                break
    return count, time.perf_counter() - start


def child(url: str, api_key: str, limit: int) -> None:
    count, seconds = asyncio.run(stream(url, api_key, limit))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"records": count, "seconds": seconds, "peak_rss_mib": peak_kib / 1024}))


def main() -> None:
    from perfectgym.testing import DEFAULT_API_KEYS

    results = {}
    with local_tenant_process("--customers", str(max(SIZES)), "--member-share", "100") as (url, _):
        for size in SIZES:
            out = subprocess.run(
                [sys.executable, "-m", "bench.streaming", "--child", url, DEFAULT_API_KEYS[0], str(size)],
                capture_output=True,
                text=True,
                check=True,
            )
            run = json.loads(out.stdout.strip().splitlines()[-1])
            results[f"n{size}_records"] = run["records"]
            results[f"n{size}_records_per_s"] = run["records"] / run["seconds"]
            results[f"n{size}_peak_rss_mib"] = run["peak_rss_mib"]
    results["rss_ratio_100k_vs_10k"] = results["n100000_peak_rss_mib"] / results["n10000_peak_rss_mib"]
    emit({"benchmark": "streaming", **results})


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=3, metavar=("URL", "KEY", "N"))
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
    else:
        main()

"""Benchmark 2: per-request overhead, typed SDK call vs raw httpx + json.loads.

Same server (a uvicorn process answering the 100-customer page), same payload, same pool
size; concurrency 1 and 64; interleaved rounds, median reported. The SDK runs with its
rate budget off (that is benchmark 4) and default retries (never triggered here).
"""

from __future__ import annotations

import asyncio
import json
import time

import httpx

from bench.common import customer_page, emit, static_page_server
from perfectgym import AsyncPerfectGym

ROUNDS = 5
REQUESTS = {1: 100, 64: 640}
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


async def run_batch(concurrency: int, total: int, call: object) -> float:
    semaphore = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with semaphore:
            await call()  # type: ignore[operator]

    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(total)))
    return (time.perf_counter() - start) / total


async def measure(url: str) -> dict[str, float]:
    results: dict[str, float] = {}
    async with (
        AsyncPerfectGym(url, "bench-key", rate_budget=None) as sdk,
        httpx.AsyncClient(base_url=url, limits=LIMITS, headers={"X-API-KEY": "bench-key"}) as raw,
    ):

        async def sdk_call() -> object:
            return await sdk.customers.get_customers(slice_size=100)

        async def raw_call() -> object:
            response = await raw.get("/v1/customers", params={"sliceSize": 100})
            response.raise_for_status()
            return json.loads(response.content)

        for concurrency, total in REQUESTS.items():
            await run_batch(concurrency, 50, sdk_call)  # warm up both pools
            await run_batch(concurrency, 50, raw_call)
            sdk_samples, raw_samples = [], []
            for _ in range(ROUNDS):
                sdk_samples.append(await run_batch(concurrency, total, sdk_call))
                raw_samples.append(await run_batch(concurrency, total, raw_call))
            sdk_time, raw_time = sorted(sdk_samples)[ROUNDS // 2], sorted(raw_samples)[ROUNDS // 2]
            results[f"c{concurrency}_sdk_ms"] = sdk_time * 1000
            results[f"c{concurrency}_raw_ms"] = raw_time * 1000
            results[f"c{concurrency}_ratio"] = sdk_time / raw_time
    return results


def main() -> None:
    body = json.dumps(customer_page(100)).encode()
    with static_page_server(body) as url:
        results = asyncio.run(measure(url))
    emit({"benchmark": "overhead", **results})


if __name__ == "__main__":
    main()

"""Per-request cost: the default httpx transport vs the aiohttp-backed one, at 1, 64 and 256 callers.

The same uvicorn process answers every GET with one body (one customer, or a 100-customer
page); each round runs a fixed number of typed SDK calls through each transport, one
transport after the other (interleaved), and the figure is the round's wall time per call:
the median of the rounds with its spread (min-max). Rate budget off, default retries.
"""

from __future__ import annotations

import asyncio
import functools
import json
import statistics
import time
from collections.abc import Awaitable, Callable

from bench.common import customer_page, emit, static_page_server
from perfectgym import AsyncPerfectGym

ROUNDS = 7
CALLS = {1: 100, 64: 384, 256: 768}
TRANSPORTS = ("httpx", "aiohttp")


def sdk_client(url: str, transport: str) -> AsyncPerfectGym:
    return AsyncPerfectGym(url, "bench-key", rate_budget=None, transport=transport)  # type: ignore[arg-type]


async def per_call(callers: int, total: int, call: Callable[[], Awaitable[object]]) -> float:
    """Seconds per call when `callers` tasks share `total` calls."""
    remaining = iter(range(total))

    async def caller() -> None:
        for _ in remaining:
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(callers)))
    return (time.perf_counter() - start) / total


async def _one(client: AsyncPerfectGym) -> object:
    return await client.customers.get_customer_by_id(customer_id=1)


async def _page(client: AsyncPerfectGym) -> object:
    return await client.customers.get_customers(slice_size=100)


async def measure(url: str, body: str) -> dict[str, float]:
    clients = {name: sdk_client(url, name) for name in TRANSPORTS}
    try:
        calls: dict[str, Callable[[], Awaitable[object]]] = {}
        for name, client in clients.items():
            calls[name] = functools.partial(_one, client) if body == "one" else functools.partial(_page, client)
        results: dict[str, float] = {}
        for callers, total in CALLS.items():
            samples: dict[str, list[float]] = {name: [] for name in TRANSPORTS}
            for name in TRANSPORTS:  # warm up: open the connections
                await per_call(callers, min(total, 2 * callers), calls[name])
            for _ in range(ROUNDS):
                for name in TRANSPORTS:
                    samples[name].append(await per_call(callers, total, calls[name]))
            for name in TRANSPORTS:
                key = f"{body}_c{callers}_{name}_ms"
                results[key] = statistics.median(samples[name]) * 1000
                results[key + "_min"] = min(samples[name]) * 1000
                results[key + "_max"] = max(samples[name]) * 1000
            ratios = [a / h for a, h in zip(samples["aiohttp"], samples["httpx"], strict=True)]
            results[f"{body}_c{callers}_ratio"] = statistics.median(ratios)
            results[f"{body}_c{callers}_ratio_min"] = min(ratios)
            results[f"{body}_c{callers}_ratio_max"] = max(ratios)
        return results
    finally:
        for client in clients.values():
            await client.aclose()


def main() -> None:
    page = customer_page(100)
    bodies = {"one": page["result"][0], "page": page}
    results: dict[str, float] = {"rounds": ROUNDS}
    for name, document in bodies.items():
        with static_page_server(json.dumps(document).encode()) as url:
            results.update(asyncio.run(measure(url, name)))
    emit({"benchmark": "transport", **results})


if __name__ == "__main__":
    main()

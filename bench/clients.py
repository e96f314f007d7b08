"""50 studios, 50 clients built without ``http_client``: memory and build time, before vs after.

Before: each client got its own ``httpx.AsyncClient``, so its own SSL context (the CA
bundle parsed again). After: every pool the SDK builds shares one context. Each round
builds the 50 clients in a fresh interpreter (after ``import perfectgym``), before and
after interleaved; the figures are the rounds' medians with their spread (min-max).
Memory is the growth of the process's RSS: OpenSSL's allocations are invisible to tracemalloc.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

from bench.common import REPO_ROOT, emit

ROUNDS = 7
CLIENTS = 50

BUILD = """
import json, sys, time
import httpx
import perfectgym
from perfectgym import AsyncPerfectGym
from perfectgym._pool import DEFAULT_LIMITS, DEFAULT_TIMEOUT

def rss_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])

def old_pool():  # what PoolOwner built before: a fresh httpx.AsyncClient, so a fresh SSL context
    return httpx.AsyncClient(limits=DEFAULT_LIMITS, timeout=DEFAULT_TIMEOUT, follow_redirects=False)

before = sys.argv[1] == "before"
start_rss, start = rss_kib(), time.perf_counter()
clients = [
    AsyncPerfectGym(f"https://gym-{i}.open-api.perfectgym.com", f"key-{i}", http_client=old_pool() if before else None)
    for i in range(int(sys.argv[2]))
]
print(json.dumps({"seconds": time.perf_counter() - start, "rss_mib": (rss_kib() - start_rss) / 1024}))
"""


def build_once(variant: str) -> dict[str, float]:
    command = [sys.executable, "-c", BUILD, variant, str(CLIENTS)]
    out = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"building clients failed:\n{out.stderr}")
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    samples: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for _ in range(ROUNDS):
        for variant in samples:
            samples[variant].append(build_once(variant))
    results: dict[str, float] = {"rounds": ROUNDS, "clients": CLIENTS}
    for variant, runs in samples.items():
        for figure in ("seconds", "rss_mib"):
            values = [run[figure] for run in runs]
            results[f"{variant}_{figure}"] = statistics.median(values)
            results[f"{variant}_{figure}_min"] = min(values)
            results[f"{variant}_{figure}_max"] = max(values)
    emit({"benchmark": "clients", **results})


if __name__ == "__main__":
    main()

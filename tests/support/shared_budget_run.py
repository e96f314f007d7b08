"""Run N worker processes against one endpoint of a rate-limited local tenant and sum up.

Shared by the integration test and ``make bench`` (side by side: shared limiter vs one
budget per process).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs

REPO_ROOT = Path(__file__).resolve().parents[2]


@attrs.frozen
class RunResult:
    """What the workers reported together."""

    ok: int
    failed: list[str]
    seen_429: int
    first: float
    last: float

    def achieved_rate(self) -> float:
        """Completed calls per second over the whole run (first to last completion)."""
        return (self.ok - 1) / (self.last - self.first) if self.ok > 1 and self.last > self.first else 0.0


def run_workers(
    url: str,
    api_key: str,
    *,
    workers: int,
    calls_each: int,
    concurrency: int,
    requests: int,
    per: float,
    redis_url: str | None,
) -> RunResult:
    """Start `workers` processes, release them at once, wait for all, and combine their reports."""
    command = [sys.executable, "-m", "tests.support.rate_worker", url, api_key, str(calls_each), str(concurrency)]
    command += [str(requests), str(per)] + ([redis_url] if redis_url else [])
    processes = [
        subprocess.Popen(command, cwd=REPO_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(workers)
    ]
    try:
        for process in processes:
            assert process.stdout is not None
            line = process.stdout.readline().strip()
            if line != "ready":
                raise RuntimeError(f"a worker did not start: {line!r}")
        for process in processes:
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        reports = []
        for process in processes:
            out, _ = process.communicate(timeout=120)
            if process.returncode != 0:
                raise RuntimeError(f"a worker exited with {process.returncode}")
            reports.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    finished = [r for r in reports if r["ok"]]
    return RunResult(
        ok=sum(r["ok"] for r in reports),
        failed=[name for r in reports for name in r["failed"]],
        seen_429=sum(r["seen_429"] for r in reports),
        first=min((r["first"] for r in finished), default=0.0),
        last=max((r["last"] for r in finished), default=0.0),
    )

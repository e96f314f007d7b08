"""Shared pieces of the benchmarks: servers in their own processes, timing, machine facts.

Servers run in separate processes so that client and server do not share one GIL: the
numbers then describe the client, which is what the SDK is responsible for.
"""

from __future__ import annotations

import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]


def full_example_customer() -> dict[str, Any]:
    """A customer shaped like the spec's full example (every property, nested members filled)."""
    sys.path.insert(0, str(REPO_ROOT))
    from tests.support.spec import schema_example

    customer: dict[str, Any] = schema_example("Customer")
    return customer


def customer_page(size: int, start_id: int = 1000) -> dict[str, Any]:
    example = full_example_customer()
    return {
        "result": [dict(example, id=start_id + i) for i in range(size)],
        "hasNext": True,
        "offset": str(start_id + size - 1),
    }


@contextmanager
def local_tenant_process(*args: str) -> Iterator[tuple[str, list[str]]]:
    """`python -m perfectgym.testing --port 0 ...` in its own process; yields (url, its output lines)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "perfectgym.testing", "--port", "0", "--quiet", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    found = re.search(r"on (http://\S+)", first)
    if not found:
        process.kill()
        raise RuntimeError(f"local tenant did not start: {first!r}")
    output: list[str] = []
    try:
        yield found.group(1), output
    finally:
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=30)
        output.extend(rest.splitlines())


@contextmanager
def static_page_server(body: bytes) -> Iterator[str]:
    """A uvicorn process answering every GET with `body` (the same page for SDK and raw httpx)."""
    script = REPO_ROOT / "bench" / "page_server.py"
    process = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=False)
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(body)
    process.stdin.close()
    line = process.stdout.readline().decode()
    if not line.startswith("http://"):
        process.kill()
        raise RuntimeError(f"page server did not start: {line!r}")
    try:
        yield line.strip()
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)


def median_of_interleaved(rounds: int, *measures: Callable[[], float]) -> list[float]:
    """Run the measures one after another `rounds` times (interleaved) and return each one's median."""
    samples: list[list[float]] = [[] for _ in measures]
    for _ in range(rounds):
        for index, measure in enumerate(measures):
            samples[index].append(measure())
    return [statistics.median(s) for s in samples]


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def emit(result: dict[str, Any]) -> None:
    """Print a result as one JSON line (run.py collects them into RESULTS.md)."""
    print("RESULT " + json.dumps(result), flush=True)

"""The RESULTS.md section for bench/transport.py and bench/clients.py (wired in by bench/run.py)."""

from __future__ import annotations

BODIES = {"one": "one customer", "page": "100-customer page"}
CALLERS = (1, 64, 256)


def _spread(row: dict[str, float], key: str, unit: str = "") -> str:
    return f"{row[key]:.2f}{unit} ({row[key + '_min']:.2f}-{row[key + '_max']:.2f})"


def section(results: dict[str, dict[str, float]]) -> str:
    """Markdown for ``results["transport"]`` and ``results["clients"]`` (each benchmark's RESULT line)."""
    t, c = results["transport"], results["clients"]
    rows = [
        f"| {BODIES[body]} | {callers} | {_spread(t, f'{body}_c{callers}_httpx_ms')} | "
        f"{_spread(t, f'{body}_c{callers}_aiohttp_ms')} | **{_spread(t, f'{body}_c{callers}_ratio', 'x')}** |"
        for body in BODIES
        for callers in CALLERS
    ]
    table = "\n".join(rows)
    return f"""
## Many connections, many studios

### Per-request cost: default httpx transport vs `transport="aiohttp"`

Typed SDK calls against one uvicorn process answering one body; the callers share a fixed
number of calls; wall time per call, median of {int(t["rounds"])} interleaved rounds (min-max).
Below 1.0x the aiohttp transport is faster.

| body | callers | httpx ms/call | aiohttp ms/call | aiohttp / httpx |
| --- | --- | --- | --- | --- |
{table}

### {int(c["clients"])} clients built without `http_client`

Each round builds the clients in a fresh interpreter; median of {int(c["rounds"])} interleaved rounds (min-max).
Before: an SSL context per client; after: one shared context.

| | RSS growth | build time |
| --- | --- | --- |
| before | {_spread(c, "before_rss_mib", " MiB")} | {_spread(c, "before_seconds", " s")} |
| after | **{_spread(c, "after_rss_mib", " MiB")}** | **{_spread(c, "after_seconds", " s")}** |
"""

"""Benchmark 1: parsing a 100-customer page, relative to json.loads alone.

Side by side in one run: our generated models (lazy fields) and the stock generator's
output (eager parsing), generated into a temp dir from the same openapi.yaml. Each measure
is timed over many iterations; the measures are interleaved round by round and the
median of the rounds is reported. Also: the longest blocking stretch (no await possible)
for a 500-customer slice, since parsing blocks an async backend's event loop.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from bench.common import REPO_ROOT, customer_page, emit, median_of_interleaved

ROUNDS = 15
ITERATIONS = 20


def stock_models(workdir: Path) -> Any:
    """Generate the stock (eager) client from openapi.yaml and import its models package."""
    config = workdir / "config.yml"
    config.write_text("package_name_override: stock_client\npost_hooks: []\n")
    generator = Path(sys.executable).with_name("openapi-python-client")
    subprocess.run(
        [
            str(generator),
            "generate",
            "--path",
            str(REPO_ROOT / "openapi.yaml"),
            "--config",
            str(config),
            "--meta",
            "none",
            "--output-path",
            str(workdir / "stock_client"),
        ],
        check=True,
        capture_output=True,
    )
    sys.path.insert(0, str(workdir))
    return importlib.import_module("stock_client.models")


def touch_every_field(value: Any) -> Any:
    """Read every field, nested ones too: what an eager parser would have done up front."""
    if isinstance(value, list):
        for item in value:
            touch_every_field(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            touch_every_field(getattr(value, field.name))
    return value


def timed(function: Callable[[], object], iterations: int = ITERATIONS) -> Callable[[], float]:
    def measure() -> float:
        start = time.perf_counter()
        for _ in range(iterations):
            function()
        return (time.perf_counter() - start) / iterations

    return measure


def main() -> None:
    from perfectgym_client.models import CustomerSlicedResult

    raw = json.dumps(customer_page(100)).encode()
    with tempfile.TemporaryDirectory() as tmp:
        stock = stock_models(Path(tmp))

        def ours_from_dict() -> object:
            return CustomerSlicedResult.from_dict(json.loads(raw))

        def ours_listing() -> object:
            page = CustomerSlicedResult.from_dict(json.loads(raw))
            return [(c.id, c.last_name, c.status) for c in page.result]

        def ours_everything() -> object:
            return touch_every_field(CustomerSlicedResult.from_dict(json.loads(raw)))

        def stock_from_dict() -> object:
            return stock.CustomerSlicedResult.from_dict(json.loads(raw))

        def stock_everything() -> object:
            return touch_every_field(stock.CustomerSlicedResult.from_dict(json.loads(raw)))

        loads, ours, listing, everything, eager, eager_everything = median_of_interleaved(
            ROUNDS,
            timed(lambda: json.loads(raw)),
            timed(ours_from_dict),
            timed(ours_listing),
            timed(ours_everything),
            timed(stock_from_dict),
            timed(stock_everything),
        )

        raw500 = json.dumps(customer_page(500)).encode()

        def stretch(parse: Callable[[], object]) -> tuple[float, float]:
            samples = [timed(parse, 1)() for _ in range(30)]
            return max(samples), sorted(samples)[len(samples) // 2]

        ours500 = stretch(lambda: [(c.id, c.status) for c in CustomerSlicedResult.from_dict(json.loads(raw500)).result])
        stock500 = stretch(
            lambda: [(c.id, c.status) for c in stock.CustomerSlicedResult.from_dict(json.loads(raw500)).result]
        )

    emit(
        {
            "benchmark": "parsing",
            "page_bytes": len(raw),
            "json_loads_ms": loads * 1000,
            "ratio_from_dict": ours / loads,
            "ratio_listing_3_fields": listing / loads,
            "ratio_every_field_read": everything / loads,
            "ratio_stock_eager_from_dict": eager / loads,
            "ratio_stock_every_field_read": eager_everything / loads,
            "slice500_max_ms_ours": ours500[0] * 1000,
            "slice500_median_ms_ours": ours500[1] * 1000,
            "slice500_max_ms_stock": stock500[0] * 1000,
            "slice500_median_ms_stock": stock500[1] * 1000,
        }
    )


if __name__ == "__main__":
    main()

"""Benchmark 1: parsing a 100-customer page, relative to json.loads alone.

Side by side in one run: our generated models (lazy fields), the stock generator's output
(eager parsing, generated into a temp dir from the same openapi.yaml), and reference peers:
orjson.loads, pydantic v2 and msgspec models of the same schemas (bench/peer_models.py, the
`bench` extra). Every figure is the median of interleaved rounds with its min-max. Also: the
longest blocking stretch (no await possible) per 500-customer slice, since parsing blocks an
async backend's event loop, and the longest stall of the loop while `async for` walks slices.
"""

from __future__ import annotations

import asyncio
import enum
import gc
import importlib
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import typing
from collections.abc import Awaitable, Callable
from operator import attrgetter
from pathlib import Path
from typing import Any

import attrs

from bench.common import REPO_ROOT, customer_page, emit

ROUNDS = 15
ITERATIONS = 20
SLICES = 30  # 500-customer slices timed one by one for the longest blocking stretch
PAGINATED_SLICES = 4  # slices of 500 walked by `async for` per stall measure


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


_LEAF_NAMES = frozenset(
    {"str", "int", "bool", "float", "None", "Unset", "Any", "datetime.date", "datetime.datetime", "dict"}
)


def _may_nest(declared: Any, module: str) -> bool:
    """Whether a field declared so can hold a model (directly or in a list); enums, dates, scalars cannot."""
    if isinstance(declared, str):  # attrs under `from __future__ import annotations`
        names = set(re.findall(r"[A-Za-z_][\w.]*", declared)) - _LEAF_NAMES - {"list"}
        scope = vars(sys.modules[module])
        return any(not (isinstance(scope.get(name), type) and issubclass(scope[name], enum.Enum)) for name in names)
    if isinstance(declared, type):
        return _field_names(declared) is not None
    return any(_may_nest(arg, module) for arg in typing.get_args(declared))


def _field_names(cls: type) -> list[tuple[str, Any]] | None:
    """(name, declared type) of each field of an attrs class, a msgspec Struct or a pydantic model; None for a leaf."""
    if attrs.has(cls):
        return [(field.name, field.type) for field in attrs.fields(cls)]
    if hasattr(cls, "__struct_fields__"):
        import msgspec

        return [(field.name, field.type) for field in msgspec.structs.fields(cls)]
    model_fields = getattr(cls, "model_fields", None)
    if isinstance(model_fields, dict):
        return [(name, info.annotation) for name, info in model_fields.items()]
    return None


Reader = tuple[Callable[[Any], object], tuple[str, ...]]
_READERS: dict[type, Reader | None] = {}


def _reader(cls: type) -> Reader | None:
    """An attrgetter reading every field at once (in C), and the fields that may hold a nested model."""
    declared = _field_names(cls)
    if not declared:
        return None
    names = [name for name, _ in declared]
    return attrgetter(*names), tuple(name for name, kind in declared if _may_nest(kind, cls.__module__))


def _reader_of(cls: type) -> Reader | None:
    try:
        return _READERS[cls]
    except KeyError:
        reader = _READERS[cls] = _reader(cls)
        return reader


def touch_every_field(value: Any) -> Any:
    """Read every field, nested ones too, the same way for every kind of model.

    One attrgetter per class reads all fields (each model's own descriptors or slots run), then
    only the fields whose declared type can hold a model are walked into, and a nested model
    without such fields is read in place: the walk costs little and the same for each peer, so
    the figure is the models' own cost of reading.
    """
    if value.__class__ is list:
        for item in value:
            touch_every_field(item)
        return value
    reader = _reader_of(value.__class__)
    if reader is None:
        return value
    read_all, nesting = reader
    read_all(value)
    for name in nesting:
        child = getattr(value, name)
        for item in child if child.__class__ is list else (child,):
            inner = _reader_of(item.__class__)
            if inner is None:
                continue
            if inner[1]:
                touch_every_field(item)
            else:
                inner[0](item)
    return value


def timed(
    function: Callable[[], object], iterations: int = ITERATIONS, clock: Callable[[], float] = time.process_time
) -> Callable[[], float]:
    """Seconds per call. CPU time by default: parsing is CPU-bound, and other processes' load then
    moves the figure less; a stall (what the loop waits) is wall time.

    The cyclic GC is collected before and paused during the measure, as timeit does: a collection's
    cost depends on everything this process holds (two generated packages, the peers), not on the
    parser that happens to trigger it. (gc.freeze() instead made json.loads itself ~1.5x slower.)
    """

    def measure() -> float:
        gc.collect()
        gc.disable()
        try:
            start = clock()
            for _ in range(iterations):
                function()
            return (clock() - start) / iterations
        finally:
            gc.enable()

    return measure


def interleaved(rounds: int, measures: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """Every measure once per round, in turn, `rounds` times: each one's samples."""
    samples: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(rounds):
        for name, measure in measures.items():
            samples[name].append(measure())
    return samples


def spread(samples: list[float], unit: float = 1.0) -> dict[str, float]:
    """Median, min and max of samples divided by `unit`."""
    return {
        "median": statistics.median(samples) / unit,
        "min": min(samples) / unit,
        "max": max(samples) / unit,
    }


async def longest_loop_stall(consume: Callable[[], Awaitable[None]]) -> float:
    """The longest time another task of the loop waited for a turn while `consume` ran."""
    longest = 0.0
    done = False

    async def other_task() -> None:
        nonlocal longest
        last = time.perf_counter()
        while not done:
            await asyncio.sleep(0)
            now = time.perf_counter()
            longest = max(longest, now - last)
            last = now

    task = asyncio.create_task(other_task())
    await asyncio.sleep(0)
    await consume()
    done = True
    await task
    return longest


def paginated_stall(pages: list[bytes], items_per_turn: int, page_model: Any) -> float:
    """The longest loop stall while `async for` reads every field of every customer of `pages`.

    Each slice is decoded and built with `page_model.from_dict` when fetched, as the SDK does.
    """
    from perfectgym import _pagination

    async def fetch(offset: str | None) -> Any:
        index = 0 if offset is None else int(offset)
        page = page_model.from_dict(json.loads(pages[index]))
        page.has_next = index + 1 < len(pages)
        page.offset = str(index + 1)
        return page

    async def consume() -> None:
        paginator: _pagination.AsyncPaginator[Any, Any] = _pagination.AsyncPaginator(fetch, operation_id="getCustomers")
        async for customer in paginator:
            touch_every_field(customer)

    saved = _pagination.ITEMS_PER_TURN
    _pagination.ITEMS_PER_TURN = items_per_turn
    gc.collect()
    gc.disable()  # as in timed(): a collection would land in whichever run triggers it
    try:
        return asyncio.run(longest_loop_stall(consume))
    finally:
        gc.enable()
        _pagination.ITEMS_PER_TURN = saved


def speed_rows(raw: bytes, partial: Callable[[Any], object]) -> dict[str, Callable[[], float]]:
    """Our models decoded as the SDK decodes with ``perfectgym[speed]``: ``perfectgym._json.loads`` on orjson."""
    from perfectgym import _json
    from perfectgym_client.models import CustomerSlicedResult

    if _json.json_backend() != "orjson":
        print("orjson not installed (pip install -e '.[speed]'): no perfectgym[speed] rows", file=sys.stderr)
        return {}
    return {
        "ours_speed_partial": timed(lambda: partial(CustomerSlicedResult.from_dict(_json.loads(raw)))),
        "ours_speed_full": timed(lambda: touch_every_field(CustomerSlicedResult.from_dict(_json.loads(raw)))),
    }


def peers(raw: bytes) -> dict[str, Callable[[], float]]:
    """orjson, pydantic v2 and msgspec rows, when the `bench` extra is installed."""
    measures: dict[str, Callable[[], float]] = {}
    try:
        import orjson

        measures["orjson_loads"] = timed(lambda: orjson.loads(raw))
    except ImportError:
        print("orjson not installed (pip install -e '.[bench]'): no orjson row", file=sys.stderr)
    try:
        from bench.peer_models import pydantic_model

        page = pydantic_model("CustomerSlicedResult")
        measures["pydantic_partial"] = timed(
            lambda: [(c.id, c.last_name, c.status) for c in page.model_validate(json.loads(raw)).result]
        )
        measures["pydantic_full"] = timed(lambda: touch_every_field(page.model_validate(json.loads(raw))))
        measures["pydantic_json_full"] = timed(lambda: touch_every_field(page.model_validate_json(raw)))
    except ImportError:
        print("pydantic not installed: no pydantic rows", file=sys.stderr)
    try:
        import msgspec

        from bench.peer_models import msgspec_struct

        decoder = msgspec.json.Decoder(msgspec_struct("CustomerSlicedResult"))
        measures["msgspec_partial"] = timed(lambda: [(c.id, c.last_name, c.status) for c in decoder.decode(raw).result])
        measures["msgspec_full"] = timed(lambda: touch_every_field(decoder.decode(raw)))
    except ImportError:
        print("msgspec not installed: no msgspec rows", file=sys.stderr)
    return measures


def main() -> None:
    from perfectgym._pagination import ITEMS_PER_TURN
    from perfectgym_client.models import CustomerSlicedResult

    raw = json.dumps(customer_page(100)).encode()
    decoded = json.loads(raw)
    with tempfile.TemporaryDirectory() as tmp:
        stock = stock_models(Path(tmp))

        def partial(page: Any) -> object:
            return [(c.id, c.last_name, c.status) for c in page.result]

        measures = {
            "json_loads": timed(lambda: json.loads(raw)),
            "ours_from_dict": timed(lambda: CustomerSlicedResult.from_dict(json.loads(raw))),
            # from_dict alone, on the decoded page: the part of the row above that is ours, too small
            # to see next to json.loads' own round-to-round spread
            "ours_from_dict_only": timed(lambda: CustomerSlicedResult.from_dict(decoded), 2000),
            "ours_partial": timed(lambda: partial(CustomerSlicedResult.from_dict(json.loads(raw)))),
            "ours_full": timed(lambda: touch_every_field(CustomerSlicedResult.from_dict(json.loads(raw)))),
            **speed_rows(raw, partial),
            "stock_from_dict": timed(lambda: stock.CustomerSlicedResult.from_dict(json.loads(raw))),
            "stock_partial": timed(lambda: partial(stock.CustomerSlicedResult.from_dict(json.loads(raw)))),
            "stock_full": timed(lambda: touch_every_field(stock.CustomerSlicedResult.from_dict(json.loads(raw)))),
            **peers(raw),
        }
        samples = interleaved(ROUNDS, measures)
        loads = statistics.median(samples["json_loads"])

        # Longest blocking stretch per 500-customer slice: json.loads + from_dict + reading, no await.
        raw500 = json.dumps(customer_page(500)).encode()
        slices = {
            "ours_partial": lambda: partial(CustomerSlicedResult.from_dict(json.loads(raw500))),
            "ours_full": lambda: touch_every_field(CustomerSlicedResult.from_dict(json.loads(raw500))),
            "stock_partial": lambda: partial(stock.CustomerSlicedResult.from_dict(json.loads(raw500))),
            "stock_full": lambda: touch_every_field(stock.CustomerSlicedResult.from_dict(json.loads(raw500))),
        }
        stalls = interleaved(SLICES, {name: timed(parse, 1, time.perf_counter) for name, parse in slices.items()})

        # The same full read through `async for`, as the loop sees it: a turn between slices only, or
        # also every ITEMS_PER_TURN records (the paginator now). The stock parser builds the whole
        # slice in from_dict, which no turn can split.
        pages = [json.dumps(customer_page(500, start_id=1000 + 500 * i)).encode() for i in range(PAGINATED_SLICES)]
        loop_stalls = interleaved(
            7,
            {
                "between_slices": lambda: paginated_stall(pages, 10**9, CustomerSlicedResult),
                "within_slices": lambda: paginated_stall(pages, ITEMS_PER_TURN, CustomerSlicedResult),
                "stock": lambda: paginated_stall(pages, ITEMS_PER_TURN, stock.CustomerSlicedResult),
            },
        )

    result: dict[str, Any] = {
        "benchmark": "parsing",
        "page_bytes": len(raw),
        "rounds": ROUNDS,
        "json_loads_ms": loads * 1000,
        "slices": SLICES,
        "items_per_turn": ITEMS_PER_TURN,
    }
    for name, values in samples.items():  # each round's time over the same round's json.loads
        ratios = [value / reference for value, reference in zip(values, samples["json_loads"], strict=True)]
        for stat, value in spread(ratios).items():
            result[f"ratio_{name}_{stat}"] = value
    for name, values in stalls.items():
        result[f"slice500_{name}_max_ms"] = max(values) * 1000
        result[f"slice500_{name}_median_ms"] = statistics.median(values) * 1000
    for name, values in loop_stalls.items():
        for stat, value in spread(values, 0.001).items():
            result[f"loop_stall_{name}_{stat}_ms"] = value
    emit(result)


if __name__ == "__main__":
    main()

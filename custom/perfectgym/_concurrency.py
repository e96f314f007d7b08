"""Run many calls with a bounded number in flight: the batch helper for syncs and imports.

Together with the per-endpoint rate budget this runs a batch near the allowed rate:
enough calls in flight to hide latency, never so many that the pool or the API drowns.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Iterable
from typing import Any, Literal, TypeVar, overload

from perfectgym._config_checks import whole_number
from perfectgym._errors import InvalidRequestError

__all__ = ["gather_bounded"]

T = TypeVar("T")


@overload
async def gather_bounded(
    awaitables: Iterable[Awaitable[T]], *, concurrency: int = ..., return_exceptions: Literal[False] = ...
) -> list[T]: ...


@overload
async def gather_bounded(
    awaitables: Iterable[Awaitable[T]], *, concurrency: int = ..., return_exceptions: Literal[True]
) -> list[T | Exception]: ...


async def gather_bounded(
    awaitables: Iterable[Awaitable[T]], *, concurrency: int = 32, return_exceptions: bool = False
) -> list[T] | list[T | Exception]:
    """Await every item with at most `concurrency` running at once; results in input order.

    Without `return_exceptions` the first failure cancels the rest and is raised (coroutines
    not started yet are closed, so no "never awaited" warnings, and tasks or futures passed
    in are cancelled); with it, failures are returned in place of their results.
    """
    if not whole_number(concurrency) or concurrency < 1:
        raise InvalidRequestError(f"concurrency must be an int >= 1 (got {concurrency!r})")
    try:
        items = list(awaitables)
    except TypeError as exc:
        raise InvalidRequestError(f"gather takes an iterable of awaitables (got {type(awaitables).__name__})") from exc
    strays = sorted({type(item).__name__ for item in items if not inspect.isawaitable(item)})
    repeated = len({id(item) for item in items}) != len(items)
    if strays or repeated:
        _discard(items)  # nothing runs: close the coroutines we were given
        problem = f"got {', '.join(strays)}" if strays else "the same awaitable is listed twice; each runs once"
        raise InvalidRequestError(f"gather takes distinct awaitables, e.g. client calls ({problem})")
    results: list[Any] = [None] * len(items)
    pending = iter(enumerate(items))

    async def worker() -> None:
        for index, awaitable in pending:  # one shared iterator: each item is taken exactly once
            try:
                results[index] = await awaitable
            except Exception as exc:
                if not return_exceptions:
                    raise
                results[index] = exc

    workers = [asyncio.create_task(worker()) for _ in range(min(concurrency, len(items)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        _discard([awaitable for _, awaitable in pending])
        raise
    return results


def _discard(awaitables: list[Any]) -> None:
    """Stop awaitables that will not be awaited: close coroutines, cancel tasks and futures."""
    for awaitable in awaitables:
        if inspect.iscoroutine(awaitable):
            awaitable.close()
        elif asyncio.isfuture(awaitable):
            awaitable.cancel()

"""Async iteration over the API's ``{result, hasNext, offset}`` slices, resumable.

The API has two offset styles behind one contract (the last record's id, or a running
count), so the client never computes an offset: it sends back exactly what the previous
slice returned and stops when ``hasNext`` is false. ``checkpoint`` is the offset after
the last fully consumed slice; a job that crashed can pass it as ``start_offset`` and
continue without losing or repeating a whole slice.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Generic, Protocol, TypeVar

from perfectgym._errors import PerfectGymError
from perfectgym_client.types import Unset

__all__ = ["AsyncPaginator", "PaginationError"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="SlicedPage")


class PaginationError(PerfectGymError):
    """The API's slices cannot be followed safely (no offset to continue from, or no progress)."""


class SlicedPage(Protocol):
    """What every generated ``*SlicedResult`` model has."""

    @property
    def result(self) -> list[Any] | Unset: ...

    @property
    def has_next(self) -> bool | Unset: ...

    @property
    def offset(self) -> str | Unset: ...


class AsyncPaginator(Generic[ItemT, PageT]):
    """``async for item in paginator`` yields every record; ``paginator.pages()`` yields slices.

    Nothing is requested until iteration starts. Iterate once: a paginator tracks its own
    position (``checkpoint``); make a new one (with ``start_offset=``) to start again.
    """

    def __init__(
        self,
        fetch_page: Callable[[str | None], Awaitable[PageT]],
        *,
        operation_id: str,
        start_offset: str | None = None,
    ) -> None:
        self._fetch_page = fetch_page
        self._operation_id = operation_id
        self._start_offset = start_offset
        self._checkpoint = start_offset
        self._started = False
        self._pages_fetched = 0
        self._exhausted = False

    @property
    def checkpoint(self) -> str | None:
        """The offset after the last fully consumed slice (``start_offset`` before the first)."""
        return self._checkpoint

    @property
    def exhausted(self) -> bool:
        """True once the slice with ``hasNext == false`` has been fully consumed."""
        return self._exhausted

    @property
    def pages_fetched(self) -> int:
        return self._pages_fetched

    def __repr__(self) -> str:
        return (
            f"<AsyncPaginator {self._operation_id} checkpoint={self._checkpoint!r} "
            f"pages_fetched={self._pages_fetched} exhausted={self._exhausted}>"
        )

    async def pages(self) -> AsyncIterator[PageT]:
        """Every slice in order; a slice counts as consumed when the next one is asked for."""
        if self._started:
            raise PaginationError(
                f"{self._operation_id}: this paginator was already iterated; "
                f"start a new one with start_offset={self._checkpoint!r} to continue"
            )
        self._started = True
        offset = self._start_offset
        while True:
            page = await self._fetch_page(offset)
            self._pages_fetched += 1
            yield page
            has_next = page.has_next is True
            next_offset = None if isinstance(page.offset, Unset) else page.offset
            if has_next and (next_offset is None or next_offset == offset):
                problem = "returned no offset" if next_offset is None else f"returned the same offset {offset!r} again"
                raise PaginationError(
                    f"{self._operation_id}: a slice with hasNext=true {problem}; stopping instead of "
                    f"guessing (checkpoint={self._checkpoint!r})"
                )
            if next_offset is not None:
                self._checkpoint = next_offset
            if not has_next:
                self._exhausted = True
                return
            offset = next_offset

    async def _items(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            items = page.result
            if isinstance(items, Unset):
                continue
            for item in items:
                yield item

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._items()

"""Async iteration over the API's ``{result, hasNext, offset}`` slices, resumable.

The API has two offset styles behind one contract (the last record's id, or a running
count), so the client never computes an offset: it sends back exactly what the previous
slice returned and stops when ``hasNext`` is false. ``checkpoint`` is the offset after
the last fully consumed slice; a job that crashed can pass it as ``start_offset`` and
continue without losing a slice. ``page_checkpoint`` is the offset after the slice just
yielded, there at the moment it is yielded: a job that saves each slice together with it
(one transaction) resumes without repeating a slice either.

A server that misbehaves must not turn into an endless loop of duplicates, nor into a
silent early stop: a slice that is not ``{result: [...], hasNext: bool, offset: "..."}``,
an offset already sent in this iteration, or an integer offset that does not increase
(both styles only ever grow) raise :class:`PaginationError` with the checkpoint to resume
from.
"""

from __future__ import annotations

import asyncio
import re
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import Any, Generic, Protocol, TypeVar

from perfectgym._errors import InvalidRequestError, PerfectGymError
from perfectgym._secrets import redact_secret
from perfectgym_client.types import Unset

__all__ = [
    "END_OF_LISTING",
    "AsyncPaginator",
    "PaginationError",
    "already_iterated",
    "items_of",
    "refuse_chain_checkpoint",
]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="SlicedPage")

# Offsets remembered for cycle detection: a few MB at most, and a cycle longer than this many
# slices is not a realistic server bug (integer offsets must also grow, which no cycle does).
MAX_REMEMBERED_OFFSETS = 100_000
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)  # what a lazy model raises for a bad field
# Records handed to `async for` between two turns of the event loop. Reading every field of a
# full customer takes ~30 us, so a 500-record slice consumed in one go blocks every other task of
# the loop for 15+ ms; 50 records keep it near the cost of decoding the slice.
ITEMS_PER_TURN = 50
END_OF_LISTING = "perfectgym:end-of-listing"
"""``page_checkpoint`` after a last page that gave no offset: a paginator started there lists nothing."""
MAX_OFFSET_CHARS = 2048  # an offset is an id or a count; anything longer is not one to send back
# What a ChainedPaginator's checkpoint starts with (see _paginator_chain): "<kind>/v<version>/".
_CHAIN_CHECKPOINT = re.compile(r"(iter_all_\w+)/v\d+/")


class PaginationError(PerfectGymError):
    """The API's slices cannot be followed safely (malformed slice, no offset, or no progress).

    ``checkpoint`` is the offset after the last fully consumed slice: pass it as
    ``start_offset`` to resume once the server behaves.
    """

    def __init__(self, message: str, *, operation_id: str | None = None, checkpoint: str | None = None) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.checkpoint = checkpoint


class SlicedPage(Protocol):
    """What every generated ``*SlicedResult`` model has."""

    @property
    def result(self) -> list[Any] | Unset: ...

    @property
    def has_next(self) -> bool | Unset: ...

    @property
    def offset(self) -> str | Unset: ...


def _shown(value: object) -> str:
    return "absent" if isinstance(value, Unset) else repr(value)[:100]


def _sendable(offset: str) -> bool:
    """Whether an offset can go back into a query string: UTF-8, and not absurdly long."""
    if len(offset) > MAX_OFFSET_CHARS:
        return False
    try:
        offset.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a JSON escape
        return False
    return True


def already_iterated(where: str, operation_id: str, checkpoint: str | None) -> PaginationError:
    """The error for a second iteration of one paginator: it tracks one position, so say where to continue."""
    return PaginationError(
        f"{where}: this paginator was already iterated; start a new one with start_offset={checkpoint!r} to continue",
        operation_id=operation_id,
        checkpoint=checkpoint,
    )


def refuse_chain_checkpoint(operation_id: str, start_offset: object) -> None:
    """A chained walk's checkpoint (``iter_all_customers``) is no offset of one listing: refused, never sent."""
    if isinstance(start_offset, str) and (found := _CHAIN_CHECKPOINT.match(start_offset)):
        kind = found.group(1)
        raise InvalidRequestError(
            f"{operation_id}: start_offset {start_offset[:80]!r} is a checkpoint of {kind}(), not an offset "
            f"of this listing; resume that walk with {kind}(start_offset=...)"
        )


def _as_int(offset: str | None) -> int | None:
    """The offset as an integer if it is one, however written (" 100", "+100", "0100")."""
    if offset is None:
        return None
    text = offset.strip()
    digits = text[1:] if text[:1] in {"+", "-"} else text
    if not digits.isascii() or not digits.isdigit():
        return None
    try:
        return int(text)
    except ValueError:  # longer than int() accepts
        return None


def _identity(offset: str) -> str:
    """What makes two offsets the same one: integer offsets compare by value."""
    number = _as_int(offset)
    return offset if number is None else str(number)


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
        secret: str = "",
    ) -> None:
        self._fetch_page = fetch_page
        self._secret = secret  # the client's key: kept out of error messages quoting server-chosen offsets
        self._operation_id = operation_id
        self._start_offset = start_offset
        self._checkpoint = start_offset
        self._page_checkpoint = start_offset
        self._started = False
        self._pages_fetched = 0
        self._exhausted = False

    @property
    def checkpoint(self) -> str | None:
        """The offset after the last fully consumed slice (``start_offset`` before the first)."""
        return self._checkpoint

    @property
    def page_checkpoint(self) -> str | None:
        """Where to resume once everything yielded so far is saved: inside ``pages()``, the offset after this page.

        Save it with the page, in one transaction, and resume with ``start_offset=`` from the saved
        value: no slice is lost or repeated. (``checkpoint`` only moves on when the next slice is
        asked for, so saving it with the page repeats that page on resume.) When the page's offset
        cannot lead forward (the server would loop), the page is not yielded: PaginationError.
        After a last page that carries no offset it is ``END_OF_LISTING``, from which a
        paginator lists nothing, so a job that crashed after saving the last page repeats nothing.
        """
        return self._page_checkpoint

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

    def _error(self, problem: str) -> PaginationError:
        message = f"{self._operation_id}: {problem}; stopping instead of guessing (checkpoint={self._checkpoint!r})"
        return PaginationError(
            redact_secret(message, self._secret),
            operation_id=self._operation_id,
            checkpoint=self._checkpoint,
        )

    async def pages(self) -> AsyncGenerator[PageT, None]:
        """Every slice in order; a slice counts as consumed when the next one is asked for."""
        if self._started:
            raise already_iterated(self._operation_id, self._operation_id, self._checkpoint)
        self._started = True
        offset = self._start_offset
        if offset == END_OF_LISTING:  # saved after the last page of a listing that gave no offset to go on from
            self._exhausted = True
            return
        sent: set[str] = set()
        order: deque[str] = deque()
        while True:
            if offset is not None:
                sent.add(_identity(offset))
                order.append(_identity(offset))
                if len(order) > MAX_REMEMBERED_OFFSETS:
                    sent.discard(order.popleft())
            page = await self._fetch_page(offset)
            self._pages_fetched += 1
            has_next, next_offset = self._check_slice(page, offset)
            # A page whose offset would loop is not yielded: nothing could be saved with it that resumes
            # past it, so a job saving each page with its checkpoint would write it again on every rerun.
            problem = self._progress_problem(offset, next_offset, sent) if has_next else None
            if problem is not None:
                raise self._error(problem)
            if not has_next and (not next_offset or self._progress_problem(offset, next_offset, sent)):
                # A last page's offset that leads nowhere new (none, "", one already sent) cannot be resumed
                # from without repeating rows: nothing follows this page.
                next_offset = END_OF_LISTING
            await asyncio.sleep(0)  # decoding the slice was one stall; the consumer's first records start a new turn
            self._page_checkpoint = next_offset  # only now: a cancellation in the turn above saw no page
            yield page
            await asyncio.sleep(0)  # a long listing must not starve the other tasks of the loop
            self._checkpoint = next_offset
            if not has_next:
                self._exhausted = True
                return
            offset = next_offset

    def _check_slice(self, page: PageT, sent_offset: str | None) -> tuple[bool, str | None]:
        """``(hasNext, offset)`` of a slice whose fields have the documented types, else PaginationError."""
        where = f"the slice for offset {sent_offset!r}"
        try:  # models parse lazily: a malformed field raises here, on first read
            has_next: object = page.has_next
            result: object = page.result
        except _PARSE_ERRORS as exc:
            raise self._error(f"{where} is malformed ({exc})") from exc
        try:
            next_offset: object = page.offset
        except _PARSE_ERRORS as exc:
            if has_next is False:  # nothing follows: a last slice may carry a null offset, or none
                next_offset = None
            else:
                raise self._error(f"{where} is malformed ({exc})") from exc
        if not isinstance(has_next, bool):
            raise self._error(f"{where} has hasNext={_shown(has_next)}, not a boolean")
        if not isinstance(result, list):
            raise self._error(f"{where} has result={_shown(result)}, not a list (hasNext={has_next})")
        if next_offset is None or isinstance(next_offset, Unset):
            return has_next, None
        if not isinstance(next_offset, str):
            raise self._error(f"{where} has offset={_shown(next_offset)}, not a string")
        if not _sendable(next_offset):
            if not has_next:
                return has_next, None  # nothing follows a last page: its offset is not needed
            raise self._error(f"{where} has offset={_shown(next_offset)}, which cannot be sent back in a URL")
        return has_next, next_offset

    @staticmethod
    def _progress_problem(sent_offset: str | None, next_offset: str | None, sent: set[str]) -> str | None:
        """Why an offset cannot lead forward (missing, already sent, an integer that did not grow), or None."""
        where = f"a slice with hasNext=true (sent offset {sent_offset!r})"
        if not next_offset:
            return f"{where} returned no offset"
        if next_offset == END_OF_LISTING:
            return f"{where} returned the offset {END_OF_LISTING!r}, which this SDK reserves for a listing's end"
        if next_offset == sent_offset:
            return f"{where} returned the same offset {next_offset!r} again"
        if _identity(next_offset) in sent:
            return f"{where} returned offset {next_offset!r}, already sent in this iteration (a cycle)"
        previous, following = _as_int(sent_offset), _as_int(next_offset)
        if previous is not None and following is not None and following <= previous:
            return f"{where} returned offset {next_offset!r}, not greater than the one sent"
        return None

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return items_of(self.pages())


async def items_of(pages: AsyncIterator[SlicedPage]) -> AsyncIterator[Any]:
    """The records of `pages`, in order, with a turn of the event loop every ITEMS_PER_TURN records."""
    async for page in pages:
        items = page.result
        if isinstance(items, Unset):
            continue
        for index, item in enumerate(items, 1):
            yield item
            if index % ITEMS_PER_TURN == 0:  # the consumer's work on a whole slice is one long stall
                await asyncio.sleep(0)

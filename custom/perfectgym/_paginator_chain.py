"""Several paginators of one operation, one after another, behind one resumable checkpoint.

The API lists some records only per filter value (``getCustomers`` one ``customerStatus`` at
a time). A chain walks the values in a fixed order and its checkpoint names both the value
and that value's offset, so one string resumes the whole walk: neither a slice nor a value
is skipped or repeated. The string is opaque to callers; its form is
``<kind>/v2/<values>/<value>`` (start of that value) or ``<kind>/v2/<values>/<value>/<offset>``,
the parts percent-encoded, so no character of a server's offset can be mistaken for a
separator. ``<values>`` is a digest of the ordered values the walk was made of: after a spec
bump that changes them, a resume could skip a new value silently, so it is refused instead.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Sequence
from typing import Generic
from urllib.parse import quote, unquote

from perfectgym._errors import InvalidRequestError
from perfectgym._pagination import AsyncPaginator, ItemT, PageT, PaginationError, already_iterated, items_of

__all__ = ["ChainedPaginator", "decode_checkpoint", "encode_checkpoint"]

_VERSION = "v2"


def _quoted(text: str) -> str:
    return quote(text, safe="", errors="surrogatepass")  # a JSON offset may hold a lone surrogate


def _digest(segments: Sequence[str]) -> str:
    """Which ordered values a walk is made of, in a few characters."""
    return hashlib.sha256("\n".join(segments).encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _encode(kind: str, digest: str, segment: str, offset: str | None) -> str:
    head = f"{kind}/{_VERSION}/{digest}/{_quoted(segment)}"
    return head if offset is None else f"{head}/{_quoted(offset)}"


def encode_checkpoint(kind: str, segment: str, offset: str | None, segments: Sequence[str]) -> str:
    """The chain's checkpoint for `offset` within `segment` (None: the segment's start) of a walk over `segments`."""
    return _encode(kind, _digest(segments), segment, offset)


def decode_checkpoint(
    kind: str, checkpoint: object, segments: Sequence[str], segment_name: str = "segment"
) -> tuple[str, str | None]:
    """``(segment, offset)`` of one of our checkpoints; InvalidRequestError for anything else."""
    shown = repr(checkpoint)[:80]
    if not isinstance(checkpoint, str):
        raise InvalidRequestError(
            f"{kind}: start_offset must be a checkpoint string this iterator gave (got {type(checkpoint).__name__})"
        )
    prefix = f"{kind}/{_VERSION}/"
    if not checkpoint.startswith(prefix) and re.match(rf"{re.escape(kind)}/v\d+/", checkpoint):
        raise InvalidRequestError(
            f"{kind}: start_offset {shown} is a checkpoint of another version of this iterator "
            f"(this one writes {prefix}...); start again without start_offset"
        )
    parts = checkpoint.removeprefix(prefix).split("/") if checkpoint.startswith(prefix) else []
    digest, parts = (parts[0], parts[1:]) if parts else ("", [])
    if not 1 <= len(parts) <= 2:
        raise InvalidRequestError(
            f"{kind}: start_offset {shown} is not a checkpoint of this iterator "
            f"(a plain offset does not say which {segment_name} it belongs to)"
        )
    try:
        segment = unquote(parts[0], errors="surrogatepass")
        offset = unquote(parts[1], errors="surrogatepass") if len(parts) == 2 else None
    except UnicodeDecodeError:
        segment, offset = "", None  # not what encode_checkpoint writes: refused below
    if _encode(kind, digest, segment, offset) != checkpoint:  # only the exact form we write is ours
        raise InvalidRequestError(f"{kind}: start_offset {shown} is not a checkpoint of this iterator (malformed)")
    if segment not in segments:
        raise InvalidRequestError(
            f"{kind}: start_offset {shown} names {segment_name} {segment[:40]!r}, which the spec no longer lists "
            f"(known: {', '.join(segments)}); start again without start_offset"
        )
    if digest != _digest(segments):
        raise InvalidRequestError(
            f"{kind}: start_offset {shown} was written for other {segment_name} values than the spec lists now "
            f"({', '.join(segments)}): resuming could skip a new one; start again without start_offset"
        )
    return segment, offset


class ChainedPaginator(Generic[ItemT, PageT]):
    """``async for item in chain`` yields every record of every segment; ``chain.pages()`` yields slices.

    Same shape as :class:`AsyncPaginator`. ``checkpoint`` (after the last fully consumed slice)
    and ``page_checkpoint`` (after the slice just yielded; after a segment's last slice, the
    next segment's start) are opaque strings for ``start_offset=``. Iterate once.
    """

    def __init__(
        self,
        segments: Sequence[str],
        open_segment: Callable[[str, str | None], AsyncPaginator[ItemT, PageT]],
        *,
        kind: str,
        operation_id: str,
        segment_name: str = "segment",
        start_offset: str | None = None,
    ) -> None:
        if not segments:
            raise InvalidRequestError(f"{kind}: there is nothing to list (no segments)")
        self._kind = kind
        self._segment_name = segment_name
        self._operation_id = operation_id
        self._segments = tuple(segments)
        first, offset = (
            (self._segments[0], None)
            if start_offset is None
            else decode_checkpoint(kind, start_offset, segments, segment_name)
        )
        start = self._segments.index(first)
        # Built now, so a bad argument (say slice_size) is refused before any request.
        self._parts = [
            (segment, open_segment(segment, offset if index == start else None))
            for index, segment in enumerate(self._segments)
            if index >= start
        ]
        self._position = 0
        self._segment_done = False  # the current segment's last slice was yielded
        self._started = False
        self._exhausted = False

    @property
    def checkpoint(self) -> str:
        """Where the last fully consumed slice ends, in every segment: pass it as ``start_offset``."""
        segment, paginator = self._parts[self._position]
        return encode_checkpoint(self._kind, segment, paginator.checkpoint, self._segments)

    @property
    def page_checkpoint(self) -> str:
        """Where to resume once everything yielded so far is saved (see ``AsyncPaginator.page_checkpoint``)."""
        if self._segment_done and self._position + 1 < len(self._parts):
            return encode_checkpoint(self._kind, self._parts[self._position + 1][0], None, self._segments)
        segment, paginator = self._parts[self._position]
        return encode_checkpoint(self._kind, segment, paginator.page_checkpoint, self._segments)

    @property
    def segment(self) -> str:
        """The segment being listed now (the filter value, say the customerStatus), or the one a resume starts at."""
        return self._parts[self._position][0]

    @property
    def exhausted(self) -> bool:
        """True once the last segment's final slice has been fully consumed."""
        return self._exhausted

    @property
    def pages_fetched(self) -> int:
        return sum(paginator.pages_fetched for _, paginator in self._parts)

    def __repr__(self) -> str:
        return (
            f"<ChainedPaginator {self._kind} ({self._operation_id} per {self._segment_name}) "
            f"checkpoint={self.checkpoint!r} pages_fetched={self.pages_fetched} exhausted={self._exhausted}>"
        )

    async def pages(self) -> AsyncGenerator[PageT, None]:
        """Every slice of every segment in order; a segment's empty listing is one empty slice."""
        if self._started:
            raise already_iterated(self._kind, self._operation_id, self.checkpoint)
        self._started = True
        for position, (segment, paginator) in enumerate(self._parts):
            self._position, self._segment_done = position, False
            slices = paginator.pages()
            try:
                while True:
                    try:
                        page = await anext(slices)
                    except StopAsyncIteration:
                        break
                    except PaginationError as exc:
                        raise self._in_chain(segment, exc) from exc
                    self._segment_done = page.has_next is False  # checked to be a bool before it is yielded
                    yield page
            finally:
                await slices.aclose()
        self._exhausted = True

    def _in_chain(self, segment: str, error: PaginationError) -> PaginationError:
        """The segment's error, with the chain's checkpoint to resume from."""
        checkpoint = encode_checkpoint(self._kind, segment, error.checkpoint, self._segments)
        return PaginationError(
            f"{error} [{self._kind}, {self._segment_name} {segment}: resume with start_offset={checkpoint!r}]",
            operation_id=error.operation_id,
            checkpoint=checkpoint,
        )

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return items_of(self.pages())

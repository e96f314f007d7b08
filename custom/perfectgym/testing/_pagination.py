"""Slices of a list in both of the API's offset styles, with the spec's ``sliceSize`` bounds."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from perfectgym.testing._call import ApiError, Call

__all__ = ["slice_size", "sliced"]


def slice_size(call: Call) -> int:
    """The requested ``sliceSize`` (or the spec's default), a 400 outside the spec's bounds."""
    bounds = call.operation.slice_bounds
    raw = call.query.get("sliceSize")
    default = bounds.default if bounds and bounds.default is not None else 50
    size = default if raw is None else call.int_param("sliceSize")
    low = bounds.minimum if bounds and bounds.minimum is not None else 1
    high = bounds.maximum if bounds and bounds.maximum is not None else 10_000
    if not low <= size <= high:
        raise ApiError(400, f"sliceSize must be between {low} and {high}", "validation.sliceSize", "sliceSize")
    return size


def sliced(call: Call, ids: list[int], render: Callable[[int], dict[str, Any]]) -> dict[str, Any]:
    """One slice of ascending `ids` in the studio's style for this endpoint."""
    size = slice_size(call)
    raw_offset = call.query.get("offset", "0")
    if not raw_offset.isascii() or not raw_offset.isdigit() or len(raw_offset) > 19:
        shown = repr(raw_offset)[:60]
        raise ApiError(400, f"offset must be a returned offset (got {shown})", "validation.offset", "offset")
    offset = int(raw_offset)
    if call.studio.style(call.operation.operation_id) == "cursor":
        start = bisect.bisect_right(ids, offset)
        page = ids[start : start + size]
        next_offset = str(page[-1]) if page else raw_offset
        has_next = start + size < len(ids)
    else:
        page = ids[offset : offset + size]
        next_offset = str(offset + len(page))
        has_next = offset + size < len(ids)
    return {"result": [render(i) for i in page], "hasNext": has_next, "offset": next_offset}

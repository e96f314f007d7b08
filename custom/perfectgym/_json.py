"""JSON decoding that fails in one way only, whatever a hostile server sends.

``json.loads`` raises ``RecursionError`` on deeply nested input and ``ValueError`` on
integers past Python's digit limit; callers here need a single ``ValueError`` to turn
into a typed SDK error.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["decode_json"]


def decode_json(data: str | bytes) -> Any:
    """``json.loads``, raising only ``ValueError`` (bad syntax, nesting too deep, numbers too big)."""
    try:
        return json.loads(data)
    except RecursionError as exc:
        raise ValueError("JSON is nested too deeply to decode") from exc

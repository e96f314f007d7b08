"""JSON decoding: ``json.loads``'s results and errors, through orjson when it is installed.

``json.loads`` raises ``RecursionError`` on deeply nested input and ``ValueError`` on
integers past Python's digit limit; callers here need a single ``ValueError`` to turn
into a typed SDK error (``decode_json``).

With orjson installed (extra ``perfectgym[speed]``) bytes decode about twice as fast.
orjson refuses some documents ``json.loads`` accepts (NaN and Infinity, numbers that
overflow a double, lone surrogates, a UTF-8 BOM, UTF-16/32): those, and every invalid
document, go through ``json.loads``, so the result or the error is json's own. Two
differences orjson would not report are kept out:

- it turns an integer outside 64 bits into a float: a document that may hold one (19 or
  more digits right after ``:``, ``[`` or ``,``) goes to ``json.loads`` first;
- it decodes 1024 levels of nesting where ``json.loads`` raises ``RecursionError`` near
  ``sys.getrecursionlimit()``: orjson sees the document inside ``MAX_FAST_DEPTH`` levels of
  arrays, so anything nested deeper than ``1024 - MAX_FAST_DEPTH`` levels fails there
  and goes to ``json.loads``. (A caller already more than ~200 frames deep could see json
  refuse what orjson decoded.)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal

__all__ = ["decode_json", "json_backend", "loads", "use_backend"]

try:
    import orjson
except ImportError:  # the `speed` extra is not installed
    orjson = None  # type: ignore[assignment]

_fast: Callable[[bytes], Any] | None = orjson.loads if orjson is not None else None

# Digits -> "0", a number's possible predecessors (":", "[", ",") -> ":", "-" stays, anything else -> ".".
_NUMBER_SHAPE = bytes(
    48 if 48 <= byte <= 57 else 58 if byte in b":[," else 45 if byte == 45 else 46 for byte in range(256)
)
_DIGITS = bytes(48 if 48 <= byte <= 57 else 46 for byte in range(256))
_JSON_WHITESPACE = b" \t\n\r"
_LONG = b"0" * 19  # the shortest integer literal that can fall outside 64 bits
_ORJSON_DEPTH = 1024
MAX_FAST_DEPTH = 768
"""Documents nested deeper than this are decoded by json.loads (whose limit depends on the stack)."""
_WRAP = _ORJSON_DEPTH - MAX_FAST_DEPTH
_OPEN, _CLOSE = b"[" * _WRAP, b"]" * _WRAP
_COUNTED = 8192  # bytes up to which counting brackets is cheaper than wrapping and unwrapping


def _may_hold_a_wide_integer(data: bytes) -> bool:
    """True when an integer literal of 19+ digits may stand outside a string (false positives are harmless)."""
    if _LONG not in data.translate(_DIGITS):  # no run of 19 digits at all: the common case, one pass
        return False
    shape = data.translate(_NUMBER_SHAPE, _JSON_WHITESPACE)
    return b":" + _LONG in shape or b":-" + _LONG in shape or shape.startswith((_LONG, b"-" + _LONG))


def loads(data: str | bytes) -> Any:
    """``json.loads(data)``: the same value or the same exception, faster for bytes when orjson is installed."""
    fast = _fast
    if fast is not None and type(data) is bytes and not _may_hold_a_wide_integer(data):
        try:
            if len(data) <= _COUNTED and data.count(b"[") + data.count(b"{") <= MAX_FAST_DEPTH:
                return fast(data)  # too few brackets to be nested deeper
            return _unwrapped(fast(_OPEN + data + _CLOSE))
        except ValueError:  # orjson.JSONDecodeError: invalid, too deep, or valid only for json; json decides
            pass
    return json.loads(data)


def _unwrapped(value: Any) -> Any:
    for _ in range(_WRAP):  # one element per level, or the document was not one value (say `1], [2`)
        if len(value) != 1:
            raise ValueError("not a single JSON value")
        value = value[0]
    return value


def decode_json(data: str | bytes) -> Any:
    """:func:`loads`, raising only ``ValueError`` (bad syntax, nesting too deep, numbers too big)."""
    try:
        return loads(data)
    except RecursionError as exc:
        raise ValueError("JSON is nested too deeply to decode") from exc


def json_backend() -> Literal["orjson", "json"]:
    """Which decoder reads response bodies first."""
    return "orjson" if _fast is not None else "json"


def use_backend(backend: Literal["orjson", "json"]) -> None:
    """Force a decoder (tests and benchmarks compare the two); ``orjson`` needs the ``speed`` extra."""
    global _fast
    if backend == "json":
        _fast = None
    elif backend == "orjson":
        if orjson is None:
            raise RuntimeError("orjson is not installed: pip install 'perfectgym[speed]'")
        _fast = orjson.loads
    else:
        raise ValueError(f"backend must be 'orjson' or 'json' (got {backend!r})")

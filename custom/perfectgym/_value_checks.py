"""Single values checked the same way in parameters and bodies: what JSON and URLs can carry.

Each check raises :class:`Problem` naming where the value sits (``customer_id``,
``body.customerId``) and showing it; the operation prefixes its operationId. A value
that passes can be encoded by httpx and ``json.dumps(allow_nan=False)`` without error.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Mapping
from enum import Enum
from typing import Any

from perfectgym._errors import InvalidRequestError

__all__ = [
    "Problem",
    "check_format",
    "check_int",
    "check_number",
    "check_sendable",
    "check_text",
    "int64_from",
    "show",
]

_SHOWN_CHARS = 80
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_FORMATS: dict[str, tuple[re.Pattern[str], str]] = {
    "date": (re.compile(r"\d{4}-\d{2}-\d{2}"), "a date like 2024-01-31"),
    "date-time": (
        re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([Zz]|[+-]\d{2}:?\d{2})?"),
        "a date-time like 2024-01-31T10:00:00Z",
    ),
    "uuid": (
        re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
        "a UUID like 3fa85f64-5717-4562-b3fc-2c963f66afa6",
    ),
}


class Problem(InvalidRequestError):
    """An argument that cannot be sent; the message starts with where it is, not with the operation."""


def show(value: object) -> str:
    """A short repr for messages; never raises (huge ints and hostile reprs included)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"an int of {value.bit_length()} bits"
    try:
        text = repr(value)
    except Exception:  # a caller's object whose repr fails must not hide the real error
        text = f"<{type(value).__name__} object>"
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."


def check_text(value: object, where: str) -> str:
    """A str that encodes to UTF-8 (no lone surrogates), as URLs and JSON need."""
    if not isinstance(value, str):
        raise Problem(f"{where} must be a string (got {show(value)})")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Problem(
            f"{where} is not valid Unicode: lone surrogate at index {exc.start} (got {show(value)})"
        ) from None
    return value


def _fits_json(value: int) -> bool:
    if value.bit_length() <= 64:
        return True
    try:
        int.__repr__(value)  # Python refuses to write ints past sys.get_int_max_str_digits()
    except ValueError:
        return False
    return True


def int64_from(value: object) -> int | None:
    """An int64 from an int or a string of ASCII digits (an id in JSON or a URL), else None.

    ``str.isdigit`` accepts "²" and ``int()`` refuses 5 000 digits: neither may become a raw error.
    """
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    text = str(value) if isinstance(value, int) else value
    digits = text[1:] if text.startswith("-") else text
    if not digits.isascii() or not digits.isdigit() or len(digits) > 19:
        return None
    number = int(text)
    low, high = _INT_RANGES["int64"]
    return number if low <= number <= high else None


def check_int(value: object, fmt: str | None, where: str) -> int:
    """An int (not a bool) within its format's range, small enough to be written out."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise Problem(f"{where} must be an integer (got {show(value)})")
    bounds = _INT_RANGES.get(fmt or "")
    if bounds is not None and not bounds[0] <= value <= bounds[1]:
        raise Problem(f"{where} must be an {fmt} integer, from {bounds[0]} to {bounds[1]} (got {show(value)})")
    if not _fits_json(value):
        raise Problem(f"{where} is too large to send (got {show(value)})")
    return value


def check_number(value: object, where: str) -> int | float:
    """An int or a finite float (JSON has no NaN or Infinity)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return check_int(value, None, where)
    if not isinstance(value, float):
        raise Problem(f"{where} must be a number (got {show(value)})")
    if not math.isfinite(value):
        raise Problem(f"{where} must be a finite number (got {show(value)})")
    return value


def check_format(value: str, fmt: str | None, where: str) -> str:
    """A string in the spec's date, date-time or uuid format (other formats are descriptive only)."""
    known = _FORMATS.get(fmt or "")
    if known is None:
        return value
    pattern, expected = known
    valid = pattern.fullmatch(value) is not None
    if valid and fmt != "uuid":
        try:
            (dt.date if fmt == "date" else dt.datetime).fromisoformat(value.replace("z", "Z"))
        except ValueError:
            valid = False
    if not valid:
        raise Problem(f"{where} must be {expected} (got {show(value)})")
    return value


def check_sendable(value: Any, where: str) -> Any:
    """Any JSON value (objects with string keys, arrays, strings, numbers, booleans, null), as JSON."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, Enum):
        return check_sendable(value.value, where)
    if isinstance(value, str):
        return check_text(value, where)
    if isinstance(value, int | float):
        return check_number(value, where)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise Problem(f"{where} has a key that is not a string: {show(key)}")
            out[check_text(key, f"{where} key")] = check_sendable(item, f"{where}.{key}")
        return out
    if isinstance(value, list | tuple):
        return [check_sendable(item, f"{where}[{index}]") for index, item in enumerate(value)]
    raise Problem(f"{where} cannot be sent as JSON (got {type(value).__name__}: {show(value)})")

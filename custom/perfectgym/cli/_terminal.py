"""Server-chosen text made safe to print on an operator's terminal.

A hostile or broken server can put bidi overrides (U+202E), zero-width characters, C1
controls or escape sequences into any string it returns. Printed raw, they reorder, hide or
recolour what the operator reads. Each character that is not printable (``str.isprintable``,
as the SDK's log lines judge it) is written as a JSON ``\\uXXXX`` escape, so JSON output stays
valid JSON with the same decoded value.
"""

from __future__ import annotations

import re

__all__ = ["terminal_safe"]

_NOT_ASCII_TEXT = re.compile(r"[^\x20-\x7e\n]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char.isprintable():
        return char
    code = ord(char)
    if code > 0xFFFF:  # JSON escapes astral characters as a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """`text` with every non-printable character (newlines aside) escaped as ``\\uXXXX``."""
    return _NOT_ASCII_TEXT.sub(_escape, text)

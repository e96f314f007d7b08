"""Settings that travel as HTTP headers must be sendable, checked once at construction.

A key with a stray newline (copied from a file) or a non-ASCII character would fail
every request inside httpx with an error that quotes the header, key included. Refusing
it when the client is built gives one clear error that never shows the secret.
"""

from __future__ import annotations

from perfectgym._errors import ConfigurationError

__all__ = ["check_header_value"]

_NAMES = {"\r": "a carriage return", "\n": "a line feed", "\0": "a NUL byte", "\t": "a tab"}


def _describe(char: str) -> str:
    if char in _NAMES:
        return _NAMES[char]
    if ord(char) > 0x7E:
        return f"the non-ASCII character U+{ord(char):04X}"
    return f"the control character U+{ord(char):04X}"


def check_header_value(name: str, value: object, *, secret: bool = False, received: bool = False) -> None:
    """Raise ConfigurationError unless `value` is printable ASCII (what a header can carry).

    A `received` value (the webhook key the platform sends us) may also hold non-ASCII
    text, which arrives as its UTF-8 bytes; control characters never fit in a header.
    For a `secret` the message names the position and kind of the bad character, never the value.
    """
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a str (got {type(value).__name__})")
    for position, char in enumerate(value):
        if not (" " <= char <= "~") and not (received and char.isprintable() and ord(char) > 0x7F):
            shown = "" if secret else f" {value!r}"
            allowed = "printable characters are" if received else "printable ASCII is"
            raise ConfigurationError(
                f"{name}{shown} cannot travel as an HTTP header: it contains {_describe(char)} "
                f"at position {position}; only {allowed} allowed"
            )

"""The API key kept out of everything the SDK hands out or writes: errors, their pickles, log lines.

A hostile or careless server can echo the key it was sent anywhere: in an error body, a
header, a redirect's Location, the line that breaks the HTTP parser, a field value. It may
echo it encoded (percent-encoding, base64, hex, JSON escapes), and the SDK may cut a long
text to an excerpt, leaving the key's first characters. :func:`redact_secret` replaces
every such form, any run of eight or more of its first characters and any twelve-character
run of it; :func:`scrub_error`
applies it to everything an error carries, at the one place errors leave the pipeline.
"""

from __future__ import annotations

import base64
import functools
import json
import logging
import re
import threading
from collections import OrderedDict
from typing import Any
from urllib.parse import unquote

import httpx

__all__ = [
    "MAX_BODY_DEPTH",
    "REDACTED_SECRET",
    "RedactKeys",
    "holds_secret",
    "redact_remembered",
    "redact_secret",
    "remember_secret",
    "scrub_error",
]

REDACTED_SECRET = "[redacted]"
"""What replaces the API key in text a server sent back."""

_MIN_PREFIX = 8  # this many leading characters of a form already identify the key
_MIN_PIECE = 12  # a run of the key's characters this long, anywhere in it, is the key's (its tail, its middle)
_MAX_REMEMBERED = 1024  # keys of clients built in this process, for the log filter
MAX_BODY_DEPTH = 64
"""Nesting kept in an error's decoded body (_errors keeps a deeper body as text); redaction walks no deeper."""


@functools.lru_cache(maxsize=_MAX_REMEMBERED + 64)
def _literal_forms(secret: str) -> tuple[str, ...]:
    """`secret` encoded as a server might echo it: base64 (standard or URL-safe), hex, JSON- or Python-escaped."""
    encoded = secret.encode("utf-8", "surrogatepass")
    forms = {encoded.hex(), json.dumps(secret)[1:-1], repr(secret)[1:-1]}
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        forms.add(encode(encoded).decode())
        for shift in (1, 2):  # inside a longer base64 text ("X-API-KEY: <key>"): the key at another alignment
            shifted = encode(b"\0" * shift + encoded).decode().rstrip("=")
            middle = shifted[(shift * 8) // 6 + 1 : -2]  # the characters that depend on the key alone
            if len(middle) >= _MIN_PIECE:
                forms.add(middle)
    return tuple(sorted(forms - {secret}))


def _percent_or_plain(char: str) -> str:
    """A character of the key as sent, percent-encoded once or twice (any hex case; a space also as '+'),
    or as an HTML character reference."""
    raw = char.encode("utf-8", "surrogatepass")
    escaped = "".join(f"%{byte:02x}" for byte in raw)
    twice = "".join(f"%25{byte:02x}" for byte in raw)  # percent-encoded twice
    alternatives = [re.escape(char), re.escape(escaped), re.escape(twice), f"&#0*{ord(char)};", f"&#x0*{ord(char):x};"]
    return "(?:" + "|".join(alternatives + ([r"\+"] if char == " " else [])) + ")"


def _prefix_pattern(parts: list[str], least: int) -> str:
    """The first `least` parts, then as many of the rest, in order, as follow (a cut echo still matches)."""
    rest = ""
    for part in reversed(parts[least:]):
        rest = f"(?:{part}{rest})?"
    return "".join(parts[:least]) + rest


@functools.lru_cache(maxsize=_MAX_REMEMBERED + 64)
def _pattern(secret: str) -> re.Pattern[str]:
    """Every echo of `secret`: as sent or percent-encoded char by char, or a literal form; any case; cut or whole."""
    least = _MIN_PREFIX
    families = [_prefix_pattern([_percent_or_plain(char) for char in secret], least)]
    for form in _literal_forms(secret):
        families.append(_prefix_pattern([re.escape(char) for char in form], least))
    return re.compile("|".join(families), re.IGNORECASE)


def redact_secret(text: str, secret: str) -> str:
    """`text` with `secret` (the API key), in any form a server might echo it, replaced by ``[redacted]``.

    Any letter case and any percent-encoding; a form cut short (an excerpt ends inside it) is
    replaced from its first eight characters on.
    """
    if not secret or not text:
        return text
    if len(secret) < _MIN_PREFIX:  # too short to tell from other text in its other forms: as sent only
        return text.replace(secret, REDACTED_SECRET)
    redacted = _without_pieces(_pattern(secret).sub(REDACTED_SECRET, text), secret)
    visible = _INVISIBLE.sub("", redacted)
    if visible != redacted:  # zero-width or soft-hyphen characters may split an echo: judged without them
        cleaned = _without_pieces(_pattern(secret).sub(REDACTED_SECRET, visible), secret)
        if cleaned != visible:
            return cleaned
    return redacted


_INVISIBLE = re.compile(  # characters that show as nothing: soft hyphen, zero-width, bidi controls, variation selectors
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufe00-\ufe0f\ufeff]"
)


@functools.lru_cache(maxsize=_MAX_REMEMBERED + 64)
def _pieces(secret: str) -> frozenset[str]:
    """Every `_MIN_PIECE`-character run of the key, lowercase: where an echo of a part of it starts."""
    folded = secret.lower()
    return frozenset(folded[i : i + _MIN_PIECE] for i in range(len(folded) - _MIN_PIECE + 1))


def _without_pieces(text: str, secret: str) -> str:
    """`text` with every run of `_MIN_PIECE` or more characters of the key (any part of it, any case) redacted."""
    pieces = _pieces(secret)
    if not pieces or len(text) < _MIN_PIECE:
        return text
    folded = text.lower()
    if len(folded) != len(text):  # a character whose lowercase is longer: compare case-sensitively
        folded = text
    key = secret.lower()
    out: list[str] = []
    position = start = 0
    while start <= len(folded) - _MIN_PIECE:
        if folded[start : start + _MIN_PIECE] not in pieces:
            start += 1
            continue
        end = start + _MIN_PIECE
        while end < len(folded) and folded[start : end + 1] in key:  # extend while still a part of the key
            end += 1
        out += [text[position:start], REDACTED_SECRET]
        position = start = end
    out.append(text[position:])
    return "".join(out)


def holds_secret(text: str, secret: str) -> bool:
    return bool(secret) and redact_secret(text, secret) != text


def _scrubbed(value: Any, secret: str, depth: int = 0) -> Any:
    """`value` (an error's attribute: text, a decoded body) with the secret redacted in every string.

    Past `MAX_BODY_DEPTH` levels (error bodies deeper than that are kept as text) a container is dropped.
    """
    if isinstance(value, str):
        return redact_secret(value, secret)
    if isinstance(value, list | tuple | dict) and depth > MAX_BODY_DEPTH:
        return REDACTED_SECRET
    if isinstance(value, list):
        return [_scrubbed(item, secret, depth + 1) for item in value]
    if isinstance(value, tuple):
        return tuple(_scrubbed(item, secret, depth + 1) for item in value)
    if isinstance(value, dict):
        return {_scrubbed(k, secret, depth + 1): _scrubbed(v, secret, depth + 1) for k, v in value.items()}
    return value


def _scrubbed_response(response: httpx.Response, secret: str) -> httpx.Response:
    """`response` itself, or a copy whose body, headers and reason phrase no longer hold the secret.

    A JSON body that holds it once decoded (``\\u`` escapes) is written back decoded and redacted.
    """
    text = response.content.decode("utf-8", "surrogateescape")
    headers = [(name, value) for name, value in response.headers.items()]
    reason = response.reason_phrase
    clean_text = redact_secret(text, secret)
    try:
        decoded = json.loads(text) if clean_text == text and "\\u" in text else None
    except (ValueError, RecursionError):
        decoded = None
    if decoded is not None:
        clean = _scrubbed(decoded, secret)
        if clean != decoded:
            clean_text = json.dumps(clean)
    clean_headers = [(redact_secret(name, secret), redact_secret(value, secret)) for name, value in headers]
    clean_reason = redact_secret(reason, secret)
    if clean_text == text and clean_headers == headers and clean_reason == reason:
        return response
    framing = {"content-encoding", "content-length", "transfer-encoding"}  # the copy holds the decoded body
    return httpx.Response(
        response.status_code,
        headers=[(name, value) for name, value in clean_headers if name.lower() not in framing],
        content=clean_text.encode("utf-8", "surrogateescape"),
        request=response.request,
        extensions={"reason_phrase": clean_reason.encode("ascii", "replace"), "http_version": b"HTTP/1.1"},
    )


def scrub_error(error: BaseException, secret: str) -> None:
    """Remove the secret from everything `error` carries: message, attributes, response, and causes.

    A cause or context exception (httpx's, a MalformedFieldError) that holds the key is
    dropped rather than kept: it cannot be rewritten, and the error's own message already
    says what happened.
    """
    if not secret:
        return
    error.args = _scrubbed(error.args, secret)
    state = vars(error)
    for name, value in list(state.items()):
        if isinstance(value, httpx.Response):
            state[name] = _scrubbed_response(value, secret)
        else:
            state[name] = _scrubbed(value, secret)
    if any(_chain_holds(linked, secret) for linked in (error.__cause__, error.__context__)):
        error.__cause__ = None
        error.__context__ = None
        error.__suppress_context__ = True


def _chain_holds(error: BaseException | None, secret: str, depth: int = 0) -> bool:
    if error is None or depth > 8:
        return False
    try:
        texts = [str(error), repr(error), *(repr(value) for value in vars(error).values())]
    except (RecursionError, ValueError):  # a value too deep (or an int too long) to show: assume the worst
        return True
    if any(holds_secret(text, secret) for text in texts):
        return True
    return _chain_holds(error.__cause__, secret, depth + 1) or _chain_holds(error.__context__, secret, depth + 1)


# Keys of this process's clients, for log records written where no key is at hand (a
# generated enum meeting an unknown value logs it; the value could be an echoed key).
_remembered: OrderedDict[str, None] = OrderedDict()
_remembered_lock = threading.Lock()


def remember_secret(secret: str) -> None:
    """Note a key a client of this process uses, so the SDK's loggers redact it in any record.

    A key shorter than eight characters (a test's) is not: in arbitrary text it cannot be told apart.
    """
    if len(secret) < _MIN_PREFIX:
        return
    with _remembered_lock:
        _remembered[secret] = None
        _remembered.move_to_end(secret)
        while len(_remembered) > _MAX_REMEMBERED:
            _remembered.popitem(last=False)
        _heads_of_remembered.cache_clear()


@functools.lru_cache(maxsize=1)
def _heads_of_remembered() -> dict[str, tuple[str, ...]]:
    """The first eight characters (lowercase) of every remembered key's forms and 12-runs, and whose they are."""
    owners: dict[str, list[str]] = {}
    for secret in _remembered:
        for form in (secret, *_literal_forms(secret)):
            owners.setdefault(form[:_MIN_PREFIX].lower(), []).append(secret)
        for start in range(0, max(len(secret) - _MIN_PREFIX, 0) + 1, _MIN_PIECE - _MIN_PREFIX):  # one per 12-run
            owners.setdefault(secret[start : start + _MIN_PREFIX].lower(), []).append(secret)
    return {head: tuple(dict.fromkeys(secrets)) for head, secrets in owners.items()}


def _candidates(text: str) -> tuple[str, ...]:
    """The remembered keys `text` may hold an echo of (as written, or once percent-decoded).

    One set lookup per character, however many keys are remembered: a log line costs microseconds.
    """
    with _remembered_lock:
        owners = _heads_of_remembered()
    if not owners:
        return ()
    found: dict[str, None] = {}
    for variant in (text, unquote(text)) if "%" in text else (text,):
        folded = _INVISIBLE.sub("", variant).lower()
        for start in range(len(folded) - _MIN_PREFIX + 1):
            secrets = owners.get(folded[start : start + _MIN_PREFIX])
            if secrets is not None:
                found.update(dict.fromkeys(secrets))
    return tuple(found)


def redact_remembered(text: str) -> str:
    """`text` with the key of every client of this process redacted (for output written where no key is at hand)."""
    for secret in _candidates(text):
        text = redact_secret(text, secret)
    return text


class RedactKeys(logging.Filter):
    """On the SDK's loggers: a record whose text holds a key of this process's clients is redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_remembered(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True

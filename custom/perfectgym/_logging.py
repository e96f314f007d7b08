"""The SDK's ``perfectgym`` logger, and ``PERFECTGYM_LOG`` to turn it on without code.

Like ``OPENAI_LOG``: an operator sets ``PERFECTGYM_LOG=debug`` (one line per call) or
``info`` and sees the SDK's records on stderr, without touching the service's logging
setup. A logger the application configured itself is left exactly as it is.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import threading
from collections.abc import Mapping

import httpx

from perfectgym._secrets import RedactKeys, redact_secret

__all__ = [
    "ENV_LOG",
    "call_extra",
    "configure_from_env",
    "hook_logger",
    "logger",
    "request_logger",
    "safe_text",
    "studio_of",
]

ENV_LOG = "PERFECTGYM_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
FORMAT = "%(asctime)s %(levelname)s [%(name)s] %(message)s"
_SHOWN_VALUE_CHARS = 16  # a junk PERFECTGYM_LOG is echoed only when short and plainly a word
_MAX_TEXT = 128  # server-chosen text (a trace id, a reason phrase) in a log line

logger = logging.getLogger("perfectgym")
request_logger = logging.getLogger("perfectgym.requests")
"""One DEBUG line per call; a child, so a service can keep the retry warnings and silence these."""
hook_logger = logging.getLogger("perfectgym.hooks")
# Every logger the SDK writes to redacts the keys of this process's clients in any record (see
# _secrets): a record that quotes server text (an unknown enum value, a reason phrase) could hold one.
SDK_LOGGERS = ("perfectgym", "perfectgym.requests", "perfectgym.hooks", "perfectgym.redis", "perfectgym.webhooks")
for _name in SDK_LOGGERS:
    logging.getLogger(_name).addFilter(RedactKeys())
_lock = threading.Lock()
_done = False


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    """Apply ``PERFECTGYM_LOG`` once per process; later calls do nothing.

    A ``perfectgym`` logger that already has a level or a handler is the application's
    choice and is not touched. Otherwise its level is set, and a stderr handler is added
    that writes only while the root logger has no handlers: once the application configures
    logging (before or after the client is built), records reach its handlers alone, in its
    format, never twice.
    """
    global _done
    with _lock:
        if _done:
            return
        _done = True
    value = (os.environ if environ is None else environ).get(ENV_LOG)
    if value is None or not value.strip():
        return
    level = LEVELS.get(value.strip().lower())
    if level is None:
        shown = repr(value) if len(value) <= _SHOWN_VALUE_CHARS and value.isalpha() else "an unrecognised value"
        logger.warning("%s=%s ignored: use one of %s", ENV_LOG, shown, ", ".join(LEVELS))
        return
    if logger.level != logging.NOTSET or logger.handlers:
        return
    logger.setLevel(level)
    handler = _StderrUntilAppLogs(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)


class _StderrUntilAppLogs(logging.StreamHandler):  # type: ignore[type-arg]
    """stderr for the SDK's records while nothing else would show them.

    Silent for a record that another handler on its way up (its own logger, ``perfectgym``, or
    the root, as far as propagation goes) receives: the application logs it, in its format.
    """

    def emit(self, record: logging.LogRecord) -> None:
        if _handled_elsewhere(record, self):
            return
        super().emit(record)


def _handled_elsewhere(record: logging.LogRecord, ours: logging.Handler) -> bool:
    """Whether a handler other than `ours` gets `record` on its way from its logger up to the root."""
    current: logging.Logger | None = logging.getLogger(record.name)
    while current is not None:
        if any(handler is not ours and record.levelno >= handler.level for handler in current.handlers):
            return True
        if not current.propagate:
            return False
        current = current.parent
    return False


@functools.lru_cache(maxsize=1024)
def studio_of(base_url: str) -> str:
    """The studio a log record or hook event names: the base URL's host (with a non-default port).

    Cached: every call asks, and a process talks to a handful of base URLs.
    """
    url = httpx.URL(base_url)
    return f"{url.host}:{url.port}" if url.port is not None else url.host


def safe_text(value: str | None, secret: str) -> str | None:
    """Server-chosen text made fit for a log line: the key removed, control characters escaped, length capped.

    A hostile server can echo the key it was sent, or send a megabyte of header.
    """
    if value is None:
        return None
    value = redact_secret(value, secret)
    if not value.isprintable():
        value = repr(value)[1:-1]
    return value if len(value) <= _MAX_TEXT else value[:_MAX_TEXT] + "..."


def call_extra(
    studio: str, operation_id: str | None, attempt: int, status: int | None, trace_id: str | None
) -> dict[str, object]:
    """The structured fields of every record about a call (``extra=``), for filtering in a log pipeline."""
    return {"studio": studio, "operation_id": operation_id, "attempt": attempt, "status": status, "trace_id": trace_id}

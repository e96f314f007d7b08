"""When to try a request again, and how long to wait first.

Safe by default: only failures that are transient are retried, and a POST only when the
request provably did not execute (the API refused it with 429/503, or no connection was
made), so a retry can never apply a write twice. Waits use exponential backoff with full
jitter, capped per wait and bounded by a total deadline; a ``Retry-After`` header wins,
up to ``max_retry_after`` (the API's windows last at most a minute, so a header asking for
more is a broken or hostile server and must not park every later call).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import random
from collections.abc import Callable

import attrs
import httpx

from perfectgym._config_checks import count_at_least, number_at_least

__all__ = ["RetryPolicy", "parse_retry_after"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# The API refused these without executing them (API-NOTES: "a 429 or 503 means the
# request was refused, not executed").
NOT_EXECUTED_STATUSES = frozenset({429, 503})
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
# Transport failures that happen before the request reaches the server.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


_non_negative = number_at_least("RetryPolicy", 0)
_optional_positive = number_at_least("RetryPolicy", 0, inclusive=False, optional=True)
_retry_count = count_at_least("RetryPolicy", 0)


# The API's rate-limit windows last at most a minute (API-NOTES).
DEFAULT_MAX_RETRY_AFTER = 60.0


@attrs.frozen
class RetryPolicy:
    """How many times, on what, and how long to wait.

    ``max_retries`` counts retries after the first attempt. ``initial_wait`` doubles per
    retry up to ``max_wait``; the actual wait is uniform in [0, that] (full jitter).
    ``deadline`` bounds the whole call: rate-budget waits, every attempt including reading
    its body, and the waits between attempts; a wait that would end past it is not made
    (the call fails at once with a typed error). ``max_retry_after`` caps what a
    ``Retry-After`` header can ask for. ``jitter`` returns a float in [0, 1) and can be
    seeded in tests.
    """

    max_retries: int = attrs.field(default=3, validator=_retry_count)
    initial_wait: float = attrs.field(default=0.5, validator=_non_negative)
    max_wait: float = attrs.field(default=20.0, validator=_non_negative)
    deadline: float | None = attrs.field(default=120.0, validator=_optional_positive)
    max_retry_after: float = attrs.field(default=DEFAULT_MAX_RETRY_AFTER, validator=_non_negative)
    jitter: Callable[[], float] = attrs.field(default=random.random, eq=False, repr=False)

    def server_wait(self, retry_after: float | None, retry_number: int) -> float:
        """The wait before retry `retry_number`: the server's ``Retry-After`` (capped), else backoff."""
        if retry_after is None:
            return self.computed_wait(retry_number)
        return min(retry_after, self.max_retry_after)

    def computed_wait(self, retry_number: int) -> float:
        """Full-jitter backoff before retry number `retry_number` (1-based)."""
        ceiling = min(self.max_wait, self.initial_wait * (2.0 ** min(retry_number - 1, 64)))  # no overflow
        return float(ceiling * self.jitter())

    def may_retry_status(self, method: str, status_code: int) -> bool:
        if status_code not in RETRYABLE_STATUSES:
            return False
        return method.upper() in IDEMPOTENT_METHODS or status_code in NOT_EXECUTED_STATUSES

    def may_retry_error(self, method: str, error: httpx.TransportError) -> bool:
        if method.upper() in IDEMPOTENT_METHODS:
            return True
        return isinstance(error, NOT_SENT_ERRORS)


def parse_retry_after(value: str | None, now: dt.datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or an HTTP date)."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
            if when.tzinfo is None:
                when = when.replace(tzinfo=dt.UTC)
            return max(0.0, (when - now).total_seconds())
        except (TypeError, ValueError, IndexError, OverflowError):  # a date no calendar has: ignore it
            return None
    if seconds != seconds or seconds < 0:  # NaN or negative: ignore the header
        return None
    return seconds  # may be inf: the policy caps it

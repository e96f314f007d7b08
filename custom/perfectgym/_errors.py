"""The SDK's exception tree: one root, one class per failure a caller handles differently.

Status errors are built from the API's documented error body (``errorMessage``,
``errorCode``, ``traceId``, ``reference``, ``args``); a body that is not that JSON still
yields the class for its status, with the raw text kept. Messages never contain the API
key: they name the method, the path template and what the API said.

The root, ``PerfectGymError``, and ``MalformedFieldError`` (a lazily parsed model field
holding a value its type cannot take) live in the generated ``perfectgym_client.errors``,
because the generated models raise the latter; this module re-exports both. Every error
pickles (Celery, multiprocessing) with its type, message and attributes; the response it
may hold carries the request with its key header already redacted.
"""

from __future__ import annotations

from typing import Any

import httpx

from perfectgym._json import decode_json
from perfectgym._secrets import MAX_BODY_DEPTH, redact_secret, scrub_error
from perfectgym_client.errors import MalformedFieldError, PerfectGymError

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DeadlineExceededError",
    "InternalServerError",
    "InvalidRequestError",
    "MalformedFieldError",
    "NotFoundError",
    "PerfectGymError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectNotFollowedError",
    "ResponseTooLargeError",
    "ServiceUnavailableError",
    "UnexpectedStatusError",
    "status_error_from_response",
]


_BODY_EXCERPT = 500


MAY_HAVE_EXECUTED_NOTE = " (the request may have executed: check its effect before repeating it)"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
"""Methods without effects: whether such a request executed never matters to the caller."""


def is_write(method: str) -> bool:
    return method.upper() not in SAFE_METHODS


def _executed_note(method: str, may_have_executed: bool) -> str:
    """The sentence a write's error carries when its outcome is unknown."""
    if may_have_executed and is_write(method):
        return MAY_HAVE_EXECUTED_NOTE
    return ""


# Usage errors: raised before any request is sent


class ConfigurationError(PerfectGymError, ValueError):
    """The client was constructed with missing or unsafe settings."""


class InvalidRequestError(PerfectGymError, ValueError):
    """Arguments of a call are invalid; nothing was sent."""


class ClientClosedError(PerfectGymError, RuntimeError):
    """The client (or the client a view was made from) was closed; nothing is sent after the close.

    A call that was in flight when the client closed is stopped with this error too;
    ``may_have_executed`` then says whether its request may already have reached the API.
    """

    def __init__(self, message: str, *, may_have_executed: bool = False) -> None:
        super().__init__(message + (MAY_HAVE_EXECUTED_NOTE if may_have_executed else ""))
        self.may_have_executed = may_have_executed


# Transport errors: no HTTP response to show


class APIConnectionError(PerfectGymError):
    """The request could not be completed: no connection, or the connection broke.

    ``may_have_executed`` is False only when the request provably never reached the API
    (no connection was made); a write that may have executed says so in its message.
    """

    def __init__(
        self, message: str, *, method: str, path: str, attempts: int = 1, may_have_executed: bool = True
    ) -> None:
        super().__init__(message + _executed_note(method, may_have_executed))
        self.method = method
        self.path = path
        self.attempts = attempts
        self.may_have_executed = may_have_executed


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, writing, reading, or the attempt's total bound)."""


class DeadlineExceededError(APITimeoutError):
    """The call's deadline (``RetryPolicy.deadline``) passed, or could not be met by waiting."""


class _AnswerNotUsed(PerfectGymError):
    """The server answered, but the SDK would not use the answer (a redirect, an oversized body)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        path: str,
        attempts: int = 1,
        may_have_executed: bool = False,
    ) -> None:
        super().__init__(message + _executed_note(method, may_have_executed))
        self.status_code = status_code
        self.method = method
        self.path = path
        self.attempts = attempts
        self.may_have_executed = may_have_executed


class RedirectNotFollowedError(_AnswerNotUsed):
    """The server answered 3xx: the SDK never follows a redirect, so the API key cannot leave the origin.

    ``may_have_executed`` is True for 303 See Other (the usual "done, look there" answer to
    a write) and when an earlier attempt's response was lost.
    """

    def __init__(self, message: str, *, location: str | None, **answer: Any) -> None:
        super().__init__(message, **answer)
        self.location = location


class ResponseTooLargeError(_AnswerNotUsed):
    """The decoded response body grew past ``max_response_bytes``; reading stopped there."""

    def __init__(self, message: str, *, limit: int, **answer: Any) -> None:
        super().__init__(message, **answer)
        self.limit = limit


# Responses that are not what the operation documents


class APIResponseValidationError(PerfectGymError):
    """A success response whose body does not match the operation's documented model."""

    def __init__(self, message: str, *, response: httpx.Response, method: str, path: str) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.method = method
        self.path = path
        self.may_have_executed = True


# Status errors: the API answered 4xx/5xx


class APIStatusError(PerfectGymError):
    """The API answered with an error status; attributes carry its documented error body.

    ``may_have_executed`` is True for 5xx answers other than 503 (the API may have done
    part or all of the work), and for any answer after an earlier attempt whose response
    was lost: a retried DELETE that then gets 404 may have deleted on that first attempt.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        method: str,
        path: str,
        body: Any,
        attempts: int = 1,
        may_have_executed: bool = False,
    ) -> None:
        message += _executed_note(method, may_have_executed)
        super().__init__(message)
        self.message = message
        self.may_have_executed = may_have_executed
        self.response = response
        self.status_code = response.status_code
        self.method = method
        self.path = path
        self.body = body
        """The parsed JSON error body, or the raw text when the body is not JSON."""
        self.attempts = attempts
        fields = body if isinstance(body, dict) else {}
        self.error_message: str | None = _str_or_none(fields.get("errorMessage"))
        self.error_code: str | None = _str_or_none(fields.get("errorCode"))
        self.trace_id: str | None = _str_or_none(fields.get("traceId")) or response.headers.get(TRACE_ID_HEADER)
        self.reference: str | None = _str_or_none(fields.get("reference"))
        raw_args = fields.get("args")
        # The error body's ``args`` (message arguments). Not ``self.args``: that belongs to
        # BaseException (pickling rebuilds an exception from it).
        self.error_args: tuple[Any, ...] = tuple(raw_args) if isinstance(raw_args, list) else ()
        raw_typed = fields.get("typedArgs")
        self.typed_args: list[Any] = list(raw_typed) if isinstance(raw_typed, list) else []

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class BadRequestError(APIStatusError):
    """400: validation failed; ``reference`` names the offending field when the API says."""

    status_code: int = 400


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong, or belongs to another studio's base URL."""

    status_code: int = 401


class PermissionDeniedError(APIStatusError):
    """403: the key lacks the scope this operation requires."""

    status_code: int = 403


class NotFoundError(APIStatusError):
    """404: the entity does not exist."""

    status_code: int = 404


class ConflictError(APIStatusError):
    """409: the request conflicts with the entity's current state."""

    status_code: int = 409


class RateLimitError(APIStatusError):
    """429: this endpoint's rate limit is used up; the request was not executed."""

    status_code: int = 429


class InternalServerError(APIStatusError):
    """500: the API failed while handling the request."""

    status_code: int = 500


class ServiceUnavailableError(APIStatusError):
    """503: the API is throttling under load; the request was not executed."""

    status_code: int = 503


class UnexpectedStatusError(APIStatusError):
    """Any other error status (e.g. 502 or 504 from a proxy)."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
    500: InternalServerError,
    503: ServiceUnavailableError,
}


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


TRACE_ID_HEADER = "x-trace-id"
_MAX_TRACE_BODY = 64 * 1024  # error bodies are small; a larger one is not decoded for its trace id alone


def response_trace_id(response: httpx.Response) -> str | None:
    """An answer's trace id, as its error reads it: the error body's ``traceId`` (the spec's place), else the header.

    For an attempt that is retried, whose answer becomes no error; a success body is not decoded.
    """
    small_error = response.status_code >= 400 and len(response.content) <= _MAX_TRACE_BODY
    body = _decode_body(response) if small_error else None
    return (_str_or_none(body.get("traceId")) if isinstance(body, dict) else None) or response.headers.get(
        TRACE_ID_HEADER
    )


# 5xx answers that do not say "refused, not executed" (API-NOTES: 503 and 429 do).
_NOT_EXECUTED_STATUSES = frozenset({429, 503})


def _decode_body(response: httpx.Response) -> Any:
    try:
        text = response.text
    except (LookupError, ValueError):  # an unknown or lying charset
        text = response.content.decode("utf-8", errors="replace")
    if not text:
        return None
    try:
        body = decode_json(text)
    except ValueError:
        return text
    # An error body nested deeper than any real one stays text: an error must repr, pickle and log at any
    # stack depth (Python's repr and pickle of a structure recurse, and give out near 600-1000 levels).
    return text if _deeper_than(body, MAX_BODY_DEPTH) else body


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether `value` (decoded JSON) nests more than `limit` containers deep; iterative."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            pending.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False


def status_may_have_executed(status_code: int) -> bool:
    """Whether a status leaves open that the API executed the request (2xx: it did; 303: "done, see there")."""
    if 200 <= status_code < 300 or status_code == 303:
        return True
    return status_code >= 500 and status_code not in _NOT_EXECUTED_STATUSES


def earlier_attempt_note(lost: str | None) -> str:
    """The sentence an error carries when an earlier attempt of the call lost its response."""
    if lost is None:
        return ""
    return f"; an earlier attempt may have succeeded (its response was lost: {lost})"


def status_error_from_response(
    response: httpx.Response,
    *,
    method: str,
    path: str,
    attempts: int = 1,
    earlier_attempt_lost: str | None = None,
    secret: str = "",
) -> APIStatusError:
    """The typed error for an error response, whatever its body looks like.

    `earlier_attempt_lost` names why an earlier attempt of this call may have executed
    (its response never arrived); the error then says this answer may not be the whole story.
    `secret` (the API key) is replaced wherever the server echoed it into the message or the
    fields read from the body (``body`` itself stays what the server sent).
    """
    error_class = _STATUS_ERRORS.get(response.status_code, UnexpectedStatusError)
    body = _decode_body(response)
    reason = response.reason_phrase or "error"
    parts = [f"{response.status_code} {reason} on {method} {path}"]
    if isinstance(body, dict) and isinstance(body.get("errorMessage"), str):
        parts.append(f": {body['errorMessage']}")
        details = [
            f"{label}={body[key]}"
            for key, label in (("errorCode", "errorCode"), ("reference", "reference"), ("traceId", "traceId"))
            if body.get(key)
        ]
        if details:
            parts.append(f" ({', '.join(details)})")
    elif isinstance(body, str) and body.strip():
        excerpt = redact_secret(body.strip(), secret)[:_BODY_EXCERPT]  # redacted before it is cut
        parts.append(f": response body is not the documented error JSON: {excerpt!r}")
    if attempts > 1:
        parts.append(f" [after {attempts} attempts]")
    may_have_executed = status_may_have_executed(response.status_code)
    if earlier_attempt_lost is not None:
        may_have_executed = True
        parts.append(earlier_attempt_note(earlier_attempt_lost))
        parts.append(f", so this {response.status_code} may be the result of that attempt")
    error = error_class(
        "".join(parts),
        response=response,
        method=method,
        path=path,
        body=body,
        attempts=attempts,
        may_have_executed=may_have_executed,
    )
    scrub_error(error, secret)
    return error

"""The SDK's exception tree: one root, one class per failure a caller handles differently.

Status errors are built from the API's documented error body (``errorMessage``,
``errorCode``, ``traceId``, ``reference``, ``args``); a body that is not that JSON still
yields the class for its status, with the raw text kept. Messages never contain the API
key: they name the method, the path template and what the API said.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "PerfectGymError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServiceUnavailableError",
    "UnexpectedStatusError",
    "status_error_from_response",
]

_BODY_EXCERPT = 500


class PerfectGymError(Exception):
    """Root of every exception this SDK raises on purpose."""


# Usage errors: raised before any request is sent


class ConfigurationError(PerfectGymError, ValueError):
    """The client was constructed with missing or unsafe settings."""


class InvalidRequestError(PerfectGymError, ValueError):
    """Arguments of a call are invalid; nothing was sent."""


# Transport errors: no HTTP response to show


class APIConnectionError(PerfectGymError):
    """The request could not be completed: no connection, or the connection broke."""

    def __init__(self, message: str, *, method: str, path: str, attempts: int = 1) -> None:
        super().__init__(message)
        self.method = method
        self.path = path
        self.attempts = attempts


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, writing, reading or waiting for a pooled connection)."""


# Responses that are not what the operation documents


class APIResponseValidationError(PerfectGymError):
    """A success response whose body does not match the operation's documented model."""

    def __init__(self, message: str, *, response: httpx.Response, method: str, path: str) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.method = method
        self.path = path


# Status errors: the API answered 4xx/5xx


class APIStatusError(PerfectGymError):
    """The API answered with an error status; attributes carry its documented error body."""

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
    ) -> None:
        super().__init__(message)
        self.message = message
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
        self.trace_id: str | None = _str_or_none(fields.get("traceId")) or response.headers.get("x-trace-id")
        self.reference: str | None = _str_or_none(fields.get("reference"))
        raw_args = fields.get("args")
        # The error body's ``args`` (message arguments); __str__ keeps the message readable.
        self.args = tuple(raw_args) if isinstance(raw_args, list) else ()
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


def _decode_body(response: httpx.Response) -> Any:
    text = response.text
    try:
        return json.loads(text) if text else None
    except ValueError:
        return text


def status_error_from_response(
    response: httpx.Response, *, method: str, path: str, attempts: int = 1
) -> APIStatusError:
    """The typed error for an error response, whatever its body looks like."""
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
        excerpt = body.strip()[:_BODY_EXCERPT]
        parts.append(f": response body is not the documented error JSON: {excerpt!r}")
    if attempts > 1:
        parts.append(f" [after {attempts} attempts]")
    return error_class("".join(parts), response=response, method=method, path=path, body=body, attempts=attempts)

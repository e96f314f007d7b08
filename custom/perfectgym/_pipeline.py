"""One call from arguments to a typed result: check, build, send with retries, map, parse.

Each generated operation module contributes its two halves: ``_get_kwargs`` (arguments to
an HTTP request) and ``_parse_response`` (a 2xx response to its model). Sending, retries,
error mapping and key handling happen here, once for every operation.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from perfectgym._clock import Clock
from perfectgym._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    status_error_from_response,
)
from perfectgym._operation import BodyRule, Operation
from perfectgym._rate_budget import RateLimiter
from perfectgym._response import APIResponse
from perfectgym._retry import RetryPolicy, parse_retry_after
from perfectgym_client import Client as _GeneratedClient
from perfectgym_client.errors import UnexpectedStatus

__all__ = ["API_KEY_HEADER", "ClientSettings", "RequestPipeline"]

logger = logging.getLogger("perfectgym")

API_KEY_HEADER = "X-API-KEY"
REDACTED = "[redacted]"

# _parse_response only reads `raise_on_unexpected_status` from its client argument.
_PARSE_CONTEXT = _GeneratedClient(base_url="http://parse-only.invalid", raise_on_unexpected_status=True)

# httpx's exceptions mapped to ours, most specific first (the one table for this).
_TRANSPORT_ERRORS: tuple[tuple[type[httpx.RequestError], type[APIConnectionError]], ...] = (
    (httpx.TimeoutException, APITimeoutError),
    (httpx.RequestError, APIConnectionError),
)



@attrs.frozen
class ClientSettings:
    """Everything that shapes a request, shared by a client and its ``with_options`` views."""

    base_url: str
    api_key: str = attrs.field(repr=False)
    timeout: httpx.Timeout
    retry: RetryPolicy
    clock: Clock = attrs.field(repr=False)
    accept_language: str | None = None
    user_agent: str = "perfectgym-python"
    body_rules: Mapping[str, BodyRule] = attrs.field(factory=dict, repr=False)
    validate_responses: bool = False
    """Parse every field of a response at once (models are lazy), so a bad value fails the call."""
    limiter: RateLimiter | None = attrs.field(default=None, repr=False, eq=False)
    """The client's per-endpoint rate budget, shared by its with_options views; None: no budget."""


class RequestPipeline:
    """Sends operations for one (base URL, API key) over a shared ``httpx.AsyncClient``."""

    def __init__(self, http: httpx.AsyncClient, settings: ClientSettings) -> None:
        self._http = http
        self.settings = settings

    async def call(self, operation: Operation, arguments: dict[str, Any]) -> APIResponse[Any]:
        """Run `operation` with generated-function keyword `arguments`; raise typed errors."""
        arguments = operation.prepare_arguments(arguments, self.settings.body_rules)
        request = self._build_request(operation.module._get_kwargs(**arguments))
        try:
            response, attempts = await self._send(operation.method, operation.path, request)
            parsed = self._parse(operation, response, validate=self.settings.validate_responses)
            return APIResponse(parsed=parsed, http_response=response, attempts=attempts)
        finally:
            request.headers[API_KEY_HEADER] = REDACTED

    async def head(self, path: str) -> httpx.Response:
        """A HEAD request (key check), retried like any idempotent call; no status mapping."""
        request = self._build_request({"method": "HEAD", "url": path})
        try:
            response, _ = await self._send("HEAD", path, request, map_statuses=False)
            return response
        finally:
            request.headers[API_KEY_HEADER] = REDACTED

    def _build_request(self, kwargs: dict[str, Any]) -> httpx.Request:
        settings = self.settings
        headers = httpx.Headers(kwargs.pop("headers", None) or {})
        headers[API_KEY_HEADER] = settings.api_key
        headers["User-Agent"] = settings.user_agent
        headers.setdefault("Accept", "application/json")
        if settings.accept_language:
            headers["Accept-Language"] = settings.accept_language
        url = settings.base_url.rstrip("/") + kwargs.pop("url")
        return self._http.build_request(
            method=kwargs.pop("method").upper(), url=url, headers=headers, timeout=settings.timeout, **kwargs
        )

    async def _send(
        self, method: str, path: str, request: httpx.Request, *, map_statuses: bool = True
    ) -> tuple[httpx.Response, int]:
        policy = self.settings.retry
        clock = self.settings.clock
        limiter = self.settings.limiter
        endpoint = f"{method} {path}"
        started = clock.monotonic()
        attempt = 0
        while True:
            attempt += 1
            if limiter is not None:
                await limiter.acquire(endpoint)
            try:
                response = await self._http.send(request)
            except httpx.RequestError as exc:
                retryable = isinstance(exc, httpx.TransportError) and policy.may_retry_error(method, exc)
                wait = policy.computed_wait(attempt) if retryable else None
                if wait is not None and self._may_wait(attempt, started, wait):
                    self._log_retry(method, path, attempt, type(exc).__name__, wait)
                    await clock.sleep(wait)
                    continue
                raise self._transport_error(exc, method, path, attempt) from exc

            status = response.status_code
            if status >= 400 and policy.may_retry_status(method, status):
                retry_after = parse_retry_after(response.headers.get("Retry-After"), clock.now())
                wait = retry_after if retry_after is not None else policy.computed_wait(attempt)
                if status == 429 and limiter is not None:  # someone else spent this key's budget
                    limiter.back_off(endpoint, wait)
                if self._may_wait(attempt, started, wait):
                    await response.aclose()
                    self._log_retry(method, path, attempt, f"{status} {response.reason_phrase}", wait)
                    await clock.sleep(wait)
                    continue
            if map_statuses and status >= 300:
                raise status_error_from_response(response, method=method, path=path, attempts=attempt)
            return response, attempt

    def _may_wait(self, attempt: int, started: float, wait: float) -> bool:
        policy = self.settings.retry
        if attempt > policy.max_retries:
            return False
        if policy.deadline is None:
            return True
        return self.settings.clock.monotonic() - started + wait <= policy.deadline

    @staticmethod
    def _log_retry(method: str, path: str, attempt: int, reason: str, wait: float) -> None:
        logger.warning(
            "%s %s: attempt %d failed (%s); retrying in %.2fs",
            method,
            path,
            attempt,
            reason,
            wait,
            extra={"perfectgym_attempt": attempt, "perfectgym_status": reason, "perfectgym_wait": wait},
        )

    @staticmethod
    def _transport_error(exc: httpx.RequestError, method: str, path: str, attempts: int) -> APIConnectionError:
        error_type = next(ours for theirs, ours in _TRANSPORT_ERRORS if isinstance(exc, theirs))
        after = f" [after {attempts} attempts]" if attempts > 1 else ""
        detail = str(exc) or type(exc).__name__
        message = f"{method} {path} failed: {type(exc).__name__}: {detail}{after}"
        return error_type(message, method=method, path=path, attempts=attempts)

    @staticmethod
    def _parse(operation: Operation, response: httpx.Response, *, validate: bool) -> Any:
        try:
            parsed = operation.module._parse_response(client=_PARSE_CONTEXT, response=response)
            if validate:
                _parse_every_field(parsed)
            return parsed
        except UnexpectedStatus as exc:
            problem = f"answered {response.status_code}, a status the spec does not document for it"
            cause: Exception = exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problem = f"answered {response.status_code} with a body that does not match its model ({exc!r})"
            cause = exc
        raise APIResponseValidationError(
            f"{operation.method} {operation.path} ({operation.operation_id}) {problem}",
            response=response,
            method=operation.method,
            path=operation.path,
        ) from cause


def _parse_every_field(parsed: Any) -> None:
    """Models parse lazily; reading every field (to_dict) surfaces a bad value now."""
    for item in parsed if isinstance(parsed, list) else [parsed]:
        if hasattr(item, "to_dict"):
            item.to_dict()

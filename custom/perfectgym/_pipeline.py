"""One call from arguments to a typed result: check, build, send with retries, map, parse.

Each generated operation module contributes its two halves: ``_get_kwargs`` (arguments to
an HTTP request) and ``_parse_response`` (a 2xx response to its model). Sending, retries,
error mapping and key handling happen here, once for every operation.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from perfectgym._attempt import AttemptTimedOut, OversizedBody, closed_client_error, send_once
from perfectgym._body_reader import ACCEPT_ENCODING
from perfectgym._call_watch import CallWatch
from perfectgym._calls_in_flight import calls_in_flight, pool_closed
from perfectgym._clock import Clock
from perfectgym._errors import (
    _STATUS_ERRORS,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    DeadlineExceededError,
    InvalidRequestError,
    PerfectGymError,
    RedirectNotFollowedError,
    ResponseTooLargeError,
    UnexpectedStatusError,
    earlier_attempt_note,
    is_write,
    status_error_from_response,
    status_may_have_executed,
)
from perfectgym._operation import BodyRule, Operation
from perfectgym._rate_budget import EndpointLimiter, SlotUnavailable
from perfectgym._response import APIResponse
from perfectgym._retry import NOT_SENT_ERRORS, RetryPolicy, parse_retry_after
from perfectgym._secrets import scrub_error
from perfectgym.hooks import Hooks
from perfectgym_client.errors import UnexpectedStatus
from perfectgym_client.types import read_every_field

if TYPE_CHECKING:
    from perfectgym._request_options import RequestExtras
    from perfectgym._spec_routes import Endpoint
    from perfectgym_client.client import Client as GeneratedClient

__all__ = ["API_KEY_HEADER", "ClientSettings", "RequestPipeline"]

API_KEY_HEADER = "X-API-KEY"
REDACTED = "[redacted]"


@functools.cache
def _parse_context() -> GeneratedClient:
    """The client argument of the generated ``_parse_response``, which only reads ``raise_on_unexpected_status``.

    Built on the first response, not at import: its module is not needed before.
    """
    from perfectgym_client.client import Client

    return Client(base_url="http://parse-only.invalid", raise_on_unexpected_status=True)


DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024  # ~20x the largest real page (500 full customers)

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
    limiter: EndpointLimiter | None = attrs.field(default=None, repr=False, eq=False)
    """The client's per-endpoint rate budget, shared by its with_options views; None: no budget."""
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    """The largest decoded response body read; past it the call fails with ResponseTooLargeError."""
    hooks: Hooks = attrs.field(factory=Hooks, repr=False, eq=False)
    """``on_request`` / ``on_response``, called at each attempt (see perfectgym.hooks)."""


def _attempt_bound(timeout: httpx.Timeout) -> float | None:
    """One attempt's total time: the largest of the timeout's phases.

    None (only the deadline bounds it) when a phase is unbounded: the caller asked for no limit there.
    """
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return None if any(t is None for t in phases) else max(t for t in phases if t is not None)


def _transport_error_class(exc: httpx.RequestError | AttemptTimedOut) -> type[APIConnectionError]:
    if isinstance(exc, AttemptTimedOut):
        return APITimeoutError
    return next(ours for theirs, ours in _TRANSPORT_ERRORS if isinstance(exc, theirs))


def _describe_failure(exc: httpx.RequestError | AttemptTimedOut) -> tuple[str, bool]:
    """(what happened, whether the request may have reached the API) for a failed attempt."""
    if isinstance(exc, AttemptTimedOut):
        return "AttemptTimedOut: the whole response did not arrive within the timeout", True
    detail = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {detail}", not isinstance(exc, NOT_SENT_ERRORS)


@attrs.define
class _Progress:
    """How far a call got, for the error that a close or a cancellation leaves behind."""

    in_flight: bool = False
    """An attempt is with the transport right now (its request may reach the API)."""
    lost: str | None = None
    """Why an earlier attempt may have executed (its response was lost), for writes."""


class _Deadline:
    """The call's overall time limit (``RetryPolicy.deadline``) on the client's clock."""

    def __init__(self, clock: Clock, seconds: float | None) -> None:
        self._clock = clock
        self.seconds = seconds
        self._started = clock.monotonic()

    def remaining(self) -> float | None:
        if self.seconds is None:
            return None
        return self.seconds - (self._clock.monotonic() - self._started)

    def bound(self, attempt_bound: float | None) -> float | None:
        remaining = self.remaining()
        if remaining is None:
            return attempt_bound
        return remaining if attempt_bound is None else min(attempt_bound, remaining)

    def expired(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 1e-3

    def exceeded(
        self, why: str, method: str, path: str, attempts: int, lost: str | None, *, in_flight: bool = False
    ) -> DeadlineExceededError:
        """The error for a passed deadline; `in_flight`: it passed during an attempt that may have reached the API."""
        tried = f" after {attempts} attempt{'s' if attempts != 1 else ''}" if attempts else " before any attempt"
        return DeadlineExceededError(
            f"{method} {path}: the call's deadline of {self.seconds}s cannot be met ({why}){tried}",
            method=method,
            path=path,
            attempts=attempts,
            may_have_executed=in_flight or lost is not None,
        )


class RequestPipeline:
    """Sends operations for one (base URL, API key) over a shared ``httpx.AsyncClient``."""

    def __init__(self, http: httpx.AsyncClient, settings: ClientSettings) -> None:
        self._http = http
        self.settings = settings

    def derived(self, **changes: Any) -> RequestPipeline:
        """This pipeline with other settings (one call's timeout or retries), on the same pool, key and budget."""
        return RequestPipeline(self._http, attrs.evolve(self.settings, **changes))

    async def call(
        self, operation: Operation, arguments: dict[str, Any], extras: RequestExtras | None = None
    ) -> APIResponse[Any]:
        """Run `operation` with generated-function keyword `arguments` (and checked `extras`); raise typed errors."""
        if pool_closed(self._http):
            raise closed_client_error(operation.method, operation.path)
        arguments = operation.prepare_arguments(arguments, self.settings.body_rules)
        try:
            kwargs = operation.module._get_kwargs(**arguments)
            request = self._build_request(kwargs if extras is None else extras.apply(kwargs))
        except (TypeError, ValueError, AttributeError, UnicodeError, httpx.InvalidURL) as exc:
            # A last line of defence behind prepare_arguments: never a raw error from httpx.
            raise InvalidRequestError(f"{operation.operation_id}: the request cannot be built: {exc}") from exc
        validate = self.settings.validate_responses
        try:
            response, attempts, parsed = await self._send(
                operation.method,
                operation.path,
                request,
                operation_id=operation.operation_id,
                parse=lambda response: self._parse(operation, response, validate=validate),
            )
            return APIResponse(parsed=parsed, http_response=response, attempts=attempts)
        finally:
            request.headers[API_KEY_HEADER] = REDACTED

    async def head(self, path: str) -> httpx.Response:
        """A HEAD request (key check), retried like any idempotent call; no status mapping."""
        if pool_closed(self._http):
            raise closed_client_error("HEAD", path)
        request = self._build_request({"method": "HEAD", "url": path})
        try:
            response, _, _ = await self._send("HEAD", path, request, map_statuses=False)
            return response
        finally:
            request.headers[API_KEY_HEADER] = REDACTED

    async def raw(
        self, method: str, endpoint: Endpoint, kwargs: dict[str, Any], parse: Callable[[httpx.Response], Any]
    ) -> Any:
        """An ad-hoc request (``client.request``), already checked: retries, budget and typed errors as for any call.

        Returns ``parse(response)``; `parse` raises APIResponseValidationError for a body that does not fit.
        """
        if pool_closed(self._http):
            raise closed_client_error(method, endpoint.path)
        request = self._build_request(dict(kwargs))
        try:
            _, _, parsed = await self._send(
                method,
                endpoint.path,
                request,
                operation_id=endpoint.operation_id,
                budget_endpoint=f"{method} {endpoint.budget_path}",
                parse=parse,
            )
            return parsed
        finally:
            request.headers[API_KEY_HEADER] = REDACTED

    def _build_request(self, kwargs: dict[str, Any]) -> httpx.Request:
        settings = self.settings
        headers = httpx.Headers(kwargs.pop("headers", None) or {})
        headers[API_KEY_HEADER] = settings.api_key
        headers["User-Agent"] = settings.user_agent
        headers["Accept-Encoding"] = ACCEPT_ENCODING
        headers.setdefault("Accept", "application/json")
        if settings.accept_language:
            headers.setdefault("Accept-Language", settings.accept_language)  # one call's extra_headers wins
        url = settings.base_url.rstrip("/") + kwargs.pop("url")
        return self._http.build_request(
            method=kwargs.pop("method").upper(), url=url, headers=headers, timeout=settings.timeout, **kwargs
        )

    async def _send(
        self,
        method: str,
        path: str,
        request: httpx.Request,
        *,
        map_statuses: bool = True,
        operation_id: str | None = None,
        budget_endpoint: str | None = None,
        parse: Callable[[httpx.Response], Any] | None = None,
    ) -> tuple[httpx.Response, int, Any]:
        """`_send_stoppable`, then `parse` of the response; the outcome logged and given to the hooks (_call_watch).

        `budget_endpoint` is the rate budget's name of the endpoint ("GET /v1/x/{id}"), by default `method` `path`.
        A failure to parse is the call's outcome too. Every error leaves here scrubbed of the key (_secrets).
        """
        settings = self.settings
        deadline = _Deadline(settings.clock, settings.retry.deadline)
        attempt_bound = _attempt_bound(settings.timeout)
        watch = CallWatch(settings, method, path, operation_id, hook_time=lambda: deadline.bound(attempt_bound))
        budget_endpoint = budget_endpoint or f"{method} {path}"
        try:
            response, attempts = await self._send_stoppable(
                method, path, request, map_statuses, watch, deadline, budget_endpoint
            )
            parsed = None if parse is None else parse(response)
        except PerfectGymError as exc:
            scrub_error(exc, settings.api_key)
            await watch.finished(error=exc)
            raise
        await watch.finished(response=response)
        return response, attempts, parsed

    async def _send_stoppable(
        self,
        method: str,
        path: str,
        request: httpx.Request,
        map_statuses: bool,
        watch: CallWatch,
        deadline: _Deadline,
        budget_endpoint: str,
    ) -> tuple[httpx.Response, int]:
        """Attempts with retries, all inside the policy's deadline; returns the response and the attempt count.

        Closing the pool's owner stops the call wherever it is (waiting or in flight): it
        then raises ClientClosedError instead of the cancellation.
        """
        calls = calls_in_flight(self._http)
        progress = _Progress()
        with calls.track():
            try:
                return await self._send_with_retries(
                    method, path, request, map_statuses, progress, watch, deadline, budget_endpoint
                )
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if task is None or not calls.stopped_by_close(task) or task.uncancel() > 0:
                    raise  # the caller's own cancellation (too)
                in_flight = progress.in_flight or progress.lost is not None
                raise closed_client_error(method, path, in_flight=in_flight) from None

    async def _send_with_retries(
        self,
        method: str,
        path: str,
        request: httpx.Request,
        map_statuses: bool,
        progress: _Progress,
        watch: CallWatch,
        deadline: _Deadline,
        endpoint: str,
    ) -> tuple[httpx.Response, int]:
        settings = self.settings
        policy = settings.retry
        clock = settings.clock
        limiter = settings.limiter
        write = is_write(method)
        attempt = 0
        while True:
            attempt += 1
            if limiter is not None:
                try:
                    await limiter.acquire(endpoint, max_wait=deadline.remaining())
                except SlotUnavailable as exc:
                    raise deadline.exceeded(
                        f"the rate budget's next slot for this endpoint is {exc.wait:.2f}s away",
                        method=method,
                        path=path,
                        attempts=attempt - 1,
                        lost=progress.lost,
                    ) from None
            await watch.attempt_started(attempt)
            bound = deadline.bound(_attempt_bound(settings.timeout))
            if bound is not None and bound <= 0:
                raise deadline.exceeded("no time is left for an attempt", method, path, attempt - 1, progress.lost)
            try:
                progress.in_flight = True
                response = await send_once(
                    self._http, request, bound=bound, max_bytes=settings.max_response_bytes, method=method, path=path
                )
                progress.in_flight = False
            except OversizedBody as exc:
                raise ResponseTooLargeError(
                    f"{method} {path}: the response body ({exc.status_code}) is larger than "
                    f"max_response_bytes={settings.max_response_bytes}; stopped reading it"
                    + earlier_attempt_note(progress.lost),
                    status_code=exc.status_code,
                    limit=settings.max_response_bytes,
                    method=method,
                    path=path,
                    attempts=attempt,
                    may_have_executed=progress.lost is not None or status_may_have_executed(exc.status_code),
                ) from None
            except (httpx.RequestError, AttemptTimedOut) as exc:
                progress.in_flight = False
                if isinstance(exc, AttemptTimedOut) and deadline.expired():
                    raise deadline.exceeded(
                        "it passed during an attempt", method, path, attempt, progress.lost, in_flight=True
                    ) from exc
                reason, may_have_executed = _describe_failure(exc)
                retryable = (
                    policy.may_retry_error(method, exc)
                    if isinstance(exc, httpx.TransportError)
                    else isinstance(exc, AttemptTimedOut) and not write
                )
                wait = policy.computed_wait(attempt) if retryable else None
                if wait is not None and self._may_wait(attempt, deadline, wait):
                    progress.lost = progress.lost or (reason if may_have_executed and write else None)
                    await watch.retrying(reason, wait, _transport_error_class(exc))
                    self._check_time_for_wait(attempt, deadline, wait, method, path, progress)
                    await clock.sleep(wait)
                    continue
                may_have_executed = may_have_executed or progress.lost is not None
                raise self._transport_error(exc, reason, method, path, attempt, may_have_executed) from exc

            status = response.status_code
            if 300 <= status < 400:
                location = response.headers.get("Location")
                raise RedirectNotFollowedError(
                    f"{status} {response.reason_phrase or 'redirect'} on {method} {path} to {location!r}: "
                    "the SDK never follows redirects, so the API key cannot reach another origin; "
                    f"check base_url{earlier_attempt_note(progress.lost)}",
                    status_code=status,
                    location=location,
                    method=method,
                    path=path,
                    attempts=attempt,
                    may_have_executed=progress.lost is not None or status_may_have_executed(status),
                )
            if status >= 400 and policy.may_retry_status(method, status):
                retry_after = parse_retry_after(response.headers.get("Retry-After"), clock.now())
                wait = policy.server_wait(retry_after, attempt)
                if status == 429 and limiter is not None:  # someone else spent this key's budget
                    await limiter.back_off(endpoint, wait)
                if self._may_wait(attempt, deadline, wait):
                    if write and status_may_have_executed(status):
                        progress.lost = progress.lost or f"{status} {response.reason_phrase}"
                    reason = f"{status} {response.reason_phrase}"
                    await watch.retrying(reason, wait, _STATUS_ERRORS.get(status, UnexpectedStatusError), response)
                    self._check_time_for_wait(attempt, deadline, wait, method, path, progress)
                    await clock.sleep(wait)
                    continue
            if map_statuses and status >= 400:
                raise status_error_from_response(
                    response,
                    method=method,
                    path=path,
                    attempts=attempt,
                    earlier_attempt_lost=progress.lost,
                    secret=settings.api_key,
                )
            return response, attempt

    def _check_time_for_wait(
        self, attempt: int, deadline: _Deadline, wait: float, method: str, path: str, progress: _Progress
    ) -> None:
        """After the hooks of a failed attempt ran: if they used the time the wait needs, the call ends here."""
        if not self._may_wait(attempt, deadline, wait):
            raise deadline.exceeded(
                f"the {wait:.2f}s wait before the next attempt no longer fits (hooks took the time)",
                method,
                path,
                attempt,
                progress.lost,
            )

    def _may_wait(self, attempt: int, deadline: _Deadline, wait: float) -> bool:
        if attempt > self.settings.retry.max_retries:
            return False
        remaining = deadline.remaining()
        return remaining is None or wait < remaining

    @staticmethod
    def _transport_error(
        exc: httpx.RequestError | AttemptTimedOut,
        reason: str,
        method: str,
        path: str,
        attempts: int,
        may_have_executed: bool,
    ) -> APIConnectionError:
        error_type = _transport_error_class(exc)
        after = f" [after {attempts} attempts]" if attempts > 1 else ""
        return error_type(
            f"{method} {path} failed: {reason}{after}",
            method=method,
            path=path,
            attempts=attempts,
            may_have_executed=may_have_executed,
        )

    @staticmethod
    def _parse(operation: Operation, response: httpx.Response, *, validate: bool) -> Any:
        try:
            parsed = operation.module._parse_response(client=_parse_context(), response=response)
            if validate:
                read_every_field(parsed)  # models parse lazily; to_dict() would write a bad value as received
            return parsed
        except UnexpectedStatus as exc:
            problem = f"answered {response.status_code}, a status the spec does not document for it"
            cause: Exception = exc
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            problem = f"answered {response.status_code} with a body that does not match its model ({exc!r})"
            cause = exc
        raise APIResponseValidationError(
            f"{operation.method} {operation.path} ({operation.operation_id}) {problem}",
            response=response,
            method=operation.method,
            path=operation.path,
        ) from cause

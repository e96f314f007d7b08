"""Hooks for metrics: ``AsyncPerfectGym(on_request=..., on_response=...)``.

A team records calls, retries, 429s and latency per operation without subclassing the
client. Each hook receives a small frozen event with what a metric needs and nothing a
metric must not hold: no API key, no bodies, no filled-in path or query values (ids can be
personal data). A hook may be a plain function or an ``async def``.

A hook runs inline, in the call's task, and its time counts against the call's deadline:
keep it cheap and non-blocking (update a counter, put on a queue). An async hook gets at
most one attempt's timeout, and never more than the call has left; past that it is
cancelled (and, should it ignore that, left to finish alone), so a hung metrics backend
cannot hold a call past its deadline. A hook runs in a copy of the call's context. A hook
that raises or runs out of time never breaks or retries the call: its first failure is
logged at WARNING (later ones of the same hook at DEBUG) and the call goes on.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import attrs

from perfectgym._errors import ConfigurationError, PerfectGymError
from perfectgym._logging import call_extra, hook_logger

__all__ = ["RequestEvent", "RequestHook", "ResponseEvent", "ResponseHook"]


@attrs.frozen
class RequestEvent:
    """An attempt is about to be sent (after any rate-budget wait)."""

    operation_id: str | None
    """The spec's operationId; None for the key check of ``verify_api_key`` (not an operation of the spec)."""
    method: str
    path: str
    """The path template (``/v1/customers/{customerId}``), never the filled-in path."""
    studio: str
    """The base URL's host."""
    attempt: int
    """1 for the first attempt, 2 for the first retry, ..."""


@attrs.frozen
class ResponseEvent(RequestEvent):
    """An attempt ended: answered, or failed without an answer. Every RequestEvent gets one,
    except for an attempt the caller's cancellation stopped."""

    status: int | None
    """The HTTP status; None when no answer arrived (connection error, timeout)."""
    duration: float
    """Seconds from this attempt's RequestEvent to its end, on the client's clock."""
    trace_id: str | None
    """The API's trace id for this answer, when it gave one."""
    error: type[PerfectGymError] | None
    """The error class this attempt's outcome maps to (``RateLimitError`` for a 429); None on success."""
    will_retry: bool
    """True when the call will try again after this attempt."""


RequestHook = Callable[[RequestEvent], object]
"""Called with each RequestEvent; may return an awaitable, which is awaited."""
ResponseHook = Callable[[ResponseEvent], object]
"""Called with each ResponseEvent; may return an awaitable, which is awaited."""

E = TypeVar("E", bound=RequestEvent)


def checked_hook(name: str, hook: object) -> None:
    """Refuse a hook that cannot be called, when the client is built rather than at the first call."""
    if hook is not None and not callable(hook):
        raise ConfigurationError(f"{name} must be a callable taking one event, or None (got {type(hook).__name__})")
    if isinstance(hook, type):
        raise ConfigurationError(f"{name} must be a callable taking one event, not the class {hook.__name__}")
    try:
        generator = inspect.isasyncgenfunction(hook) or inspect.isgeneratorfunction(hook)
    except Exception:  # a proxy whose attributes raise: trusted, as a callable without a signature is
        return
    if generator:
        raise ConfigurationError(
            f"{name} is a generator function, whose body never runs when called; use a plain or async def"
        )
    if hook is not None:
        try:
            signature = inspect.signature(hook)
        except (TypeError, ValueError):  # some builtins have none: they are trusted
            return
        try:
            signature.bind(None)
        except TypeError:
            raise ConfigurationError(
                f"{name} must take exactly one positional argument, the event (its signature is {signature})"
            ) from None


class HookRunner(Generic[E]):
    """One hook and whether it has failed before: a failure never reaches the call, and warns once."""

    def __init__(self, name: str, hook: Callable[[E], object]) -> None:
        self._name = name
        self._hook = hook
        self._failed = False

    async def __call__(self, event: E, within: float | None = None) -> None:
        """Run the hook on `event`; an async one is given `within` seconds (None: no bound), then cancelled.

        The hook runs in a copy of the call's context (a ContextVar it sets stays its own), and
        an async hook runs as its own task: one that ignores its cancellation is left to finish
        alone, never waited for past `within`.
        """
        context = contextvars.copy_context()
        try:
            result = context.run(self._hook, event)
        except (Exception, asyncio.CancelledError) as exc:  # any failure of the user's code: the call goes on
            # (a plain function raising CancelledError is its own doing: the call is not being cancelled)
            self._report(event, f"raised {type(exc).__name__}", exc)
            return
        if inspect.isasyncgen(result) or inspect.isgenerator(result):
            self._report(event, "returned a generator, which never runs (use a plain or async def that returns)")
            return
        if not inspect.isawaitable(result):
            return
        if inspect.iscoroutine(result):
            task: asyncio.Future[Any] = asyncio.get_running_loop().create_task(result, context=context)
        else:
            task = asyncio.ensure_future(result)
        try:
            done, _ = await asyncio.wait({task}, timeout=None if within is None else max(within, 0.0))
        except asyncio.CancelledError:
            task.cancel()  # the call itself is being cancelled: so is its hook
            raise
        if not done:
            task.cancel()
            _left_running.add(task)  # if it ignores the cancellation it finishes alone; the call does not wait
            task.add_done_callback(_left_running.discard)
            self._report(event, f"did not finish within {max(within or 0.0, 0.0):.2f}s and was cancelled")
        elif task.cancelled():
            self._report(event, "was cancelled")  # the hook's own cancellation is its failure, not the call's
        elif (failure := task.exception()) is not None:
            self._report(event, f"raised {type(failure).__name__}", failure)

    def _report(self, event: E, what: str, exc: BaseException | None = None) -> None:
        first = not self._failed
        self._failed = True
        status = event.status if isinstance(event, ResponseEvent) else None
        trace_id = event.trace_id if isinstance(event, ResponseEvent) else None
        hook_logger.log(
            logging.WARNING if first else logging.DEBUG,  # a broken metric must not flood the log
            "%s %s on %s (%s): %s hook %r %s; the call goes on without it%s",
            event.method,
            event.path,
            event.studio,
            event.operation_id,
            self._name,
            _hook_name(self._hook),
            what,
            "" if first else " (it failed before)",
            exc_info=exc if first else None,
            extra=call_extra(event.studio, event.operation_id, event.attempt, status, trace_id),
        )


_left_running: set[asyncio.Future[Any]] = set()
"""Hooks cancelled past their time that have not ended yet (held so the loop does not drop them)."""


def _hook_name(hook: object) -> str:
    """The hook's name for a log line; a callable whose attributes raise (a proxy) is named by its type."""
    try:
        name = getattr(hook, "__qualname__", None)
    except Exception:  # a broken proxy must not turn a hook failure into a call failure
        name = None
    return name if isinstance(name, str) else type(hook).__name__


@attrs.frozen
class Hooks:
    """A client's hooks, shared by its ``with_options`` views unless a view sets its own."""

    on_request: HookRunner[RequestEvent] | None = None
    on_response: HookRunner[ResponseEvent] | None = None


def hook_runner(name: str, hook: Callable[[E], object] | None) -> HookRunner[E] | None:
    """`hook` checked (a misspelt or non-callable one fails when the client is built) and wrapped; None stays None."""
    checked_hook(name, hook)
    return None if hook is None else HookRunner(name, hook)

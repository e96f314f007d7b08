"""What one call tells the outside world: retry warnings, a DEBUG line at its end, and hook events.

The pipeline calls a :class:`CallWatch` at each point of interest (an attempt starts, an
attempt will be retried, the call ends); everything said there names the studio and the
operation, so records from many studios in one process can be told apart, and nothing
said there holds the key, a body, or a filled-in path or query value.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from perfectgym._errors import APIStatusError, PerfectGymError, response_trace_id
from perfectgym._logging import call_extra, logger, request_logger, safe_text, studio_of
from perfectgym.hooks import RequestEvent, ResponseEvent

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from perfectgym._pipeline import ClientSettings

__all__ = ["CallWatch"]


class CallWatch:
    """One call's attempts as seen from outside: timing, status, trace id; logs and hook events."""

    def __init__(
        self,
        settings: ClientSettings,
        method: str,
        path: str,
        operation_id: str | None,
        hook_time: Callable[[], float | None] = lambda: None,
    ) -> None:
        self._settings = settings
        self._hook_time = hook_time  # how long a hook may take now: what the call has left
        self._method = method
        self._path = path
        self._operation_id = operation_id
        self._studio = studio_of(settings.base_url)
        self._started = settings.clock.monotonic()
        self._attempt = 0
        self._attempt_started = self._started
        self._open = False  # an attempt got its RequestEvent and not yet its ResponseEvent

    @property
    def _where(self) -> str:
        return f"{self._method} {self._path} on {self._studio} ({self._operation_id})"

    async def attempt_started(self, attempt: int) -> None:
        """Attempt number `attempt` is about to be sent."""
        self._attempt = attempt
        self._attempt_started = self._settings.clock.monotonic()
        self._open = True
        hook = self._settings.hooks.on_request
        if hook is not None:
            event = RequestEvent(self._operation_id, self._method, self._path, self._studio, attempt)
            await hook(event, self._hook_time())

    async def retrying(
        self,
        reason: str,
        wait: float,
        error: type[PerfectGymError],
        response: httpx.Response | None = None,
    ) -> None:
        """The current attempt failed (`reason`, mapping to `error`) and is retried after `wait` seconds."""
        status = response.status_code if response is not None else None
        trace_id = self._trace_id(response)
        reason = safe_text(reason, self._settings.api_key) or ""
        fields = call_extra(self._studio, self._operation_id, self._attempt, status, trace_id) | {"wait": wait}
        # The names these fields had before the structured ones (kept for log pipelines that read them).
        fields |= {"perfectgym_attempt": self._attempt, "perfectgym_status": reason, "perfectgym_wait": wait}
        logger.warning(
            "%s: attempt %d failed (%s); retrying in %.2fs",
            self._where,
            self._attempt,
            reason,
            wait,
            extra=fields,
        )
        await self._attempt_ended(status, trace_id, error, will_retry=True)

    async def finished(self, response: httpx.Response | None = None, error: PerfectGymError | None = None) -> None:
        """The call ends with `response` (the SDK uses it) or `error` (raised to the caller)."""
        status = response.status_code if response is not None else getattr(error, "status_code", None)
        if isinstance(error, APIStatusError):
            trace_id = safe_text(error.trace_id, self._settings.api_key)
        else:
            trace_id = self._trace_id(response)
        if self._open:
            await self._attempt_ended(status, trace_id, type(error) if error else None, will_retry=False)
        if request_logger.isEnabledFor(logging.DEBUG):
            duration = self._settings.clock.monotonic() - self._started
            request_logger.debug(
                "%s: status=%s attempts=%d duration=%.3fs trace_id=%s%s",
                self._where,
                status,
                self._attempt,
                duration,
                trace_id,
                f" error={type(error).__name__}" if error is not None else "",
                extra=call_extra(self._studio, self._operation_id, self._attempt, status, trace_id)
                | {"duration": duration},
            )

    async def _attempt_ended(
        self, status: int | None, trace_id: str | None, error: type[PerfectGymError] | None, *, will_retry: bool
    ) -> None:
        self._open = False
        hook = self._settings.hooks.on_response
        if hook is not None:
            duration = self._settings.clock.monotonic() - self._attempt_started
            event = ResponseEvent(
                self._operation_id,
                self._method,
                self._path,
                self._studio,
                self._attempt,
                status=status,
                duration=duration,
                trace_id=trace_id,
                error=error,
                will_retry=will_retry,
            )
            await hook(event, self._hook_time())

    def _trace_id(self, response: httpx.Response | None) -> str | None:
        """The answer's trace id (the error body's ``traceId``, else the header), fit for a log line."""
        if response is None:
            return None
        return safe_text(response_trace_id(response), self._settings.api_key)

"""Hand-written handlers of the local tenant, by operationId, checked against the spec.

A handler registered for an operationId the spec does not have (renamed or removed by a
spec bump) is not an import error: the registration is recorded as a problem, the
tenant logs it when it starts and serves everything else, and a dedicated test fails
naming the handler and the operation. So one stale key never aborts a whole test run.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection
from typing import Any

from perfectgym.testing._call import Call

__all__ = ["Handler", "HandlerRegistry"]

Handler = Callable[[Call], Awaitable[Any]]


class HandlerRegistry:
    """operationId -> handler, plus the registrations that named no operation of the spec."""

    def __init__(self, operation_ids: Collection[str]) -> None:
        self._operation_ids = operation_ids
        self.handlers: dict[str, Handler] = {}
        self.problems: list[str] = []

    def handles(self, operation_id: str) -> Callable[[Handler], Handler]:
        """Decorator registering a handler for `operation_id` (recorded as a problem if the spec lacks it)."""

        def register(handler: Handler) -> Handler:
            if operation_id in self._operation_ids:
                self.handlers[operation_id] = handler
            else:
                where = f"{handler.__module__}.{handler.__qualname__}"
                self.problems.append(
                    f"local tenant handler {where} is registered for {operation_id!r}, "
                    "which is not an operation of openapi.yaml (renamed or removed?); it is not served"
                )
            return handler

        return register

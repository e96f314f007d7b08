"""Base classes of the generated per-tag resources: the glue to the request pipeline."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from perfectgym._operation import Operation
from perfectgym._pagination import AsyncPaginator, refuse_chain_checkpoint
from perfectgym._pipeline import RequestPipeline
from perfectgym._request_options import RequestExtras, checked_options
from perfectgym._response import APIResponse
from perfectgym_client.types import UNSET

__all__ = ["RawResource", "Resource"]


def _with_options(
    pipeline: RequestPipeline, operation: Operation, options: Mapping[str, Any]
) -> tuple[RequestPipeline, RequestExtras | None]:
    """The pipeline a call with per-call `options` goes through (same pool, key and budget), and its extras."""
    if not options:
        return pipeline, None
    checked = checked_options(operation, options, pipeline.settings.retry)
    return (pipeline.derived(**checked.settings) if checked.settings else pipeline), checked.extras


class RawResource:
    """Methods return :class:`APIResponse` (parsed model, status, headers, attempts)."""

    def __init__(self, pipeline: RequestPipeline) -> None:
        self._pipeline = pipeline

    async def _call(self, operation: Operation, options: Mapping[str, Any], **arguments: Any) -> APIResponse[Any]:
        pipeline, extras = _with_options(self._pipeline, operation, options)
        return await pipeline.call(operation, arguments, extras)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._pipeline.settings.base_url}>"


class Resource:
    """Methods return the parsed model (or None for empty bodies) and raise typed errors."""

    def __init__(self, pipeline: RequestPipeline) -> None:
        self._pipeline = pipeline

    def _paginate(
        self, operation: Operation, start_offset: str | None, options: Mapping[str, Any], **arguments: Any
    ) -> AsyncPaginator[Any, Any]:
        # Check (and convert) every argument and option now, so a bad one fails at iter_*() rather
        # than on the first page; each page's call checks the converted arguments again, cheaply.
        refuse_chain_checkpoint(operation.operation_id, start_offset)
        first = {} if start_offset is None else {"offset": start_offset}
        pipeline, extras = _with_options(self._pipeline, operation, options)
        arguments = operation.prepare_arguments({**arguments, **first}, pipeline.settings.body_rules)
        arguments.pop("offset", None)

        async def fetch_page(offset: str | None) -> Any:
            page_arguments = {**arguments, "offset": UNSET if offset is None else offset}
            return (await pipeline.call(operation, page_arguments, extras)).parsed

        secret = pipeline.settings.api_key
        return AsyncPaginator(fetch_page, operation_id=operation.operation_id, start_offset=start_offset, secret=secret)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._pipeline.settings.base_url}>"

"""The local tenant as an ASGI app: the API's real paths and JSON shapes, in memory.

Routing is derived from the spec (``perfectgym.OPERATIONS``), so every operation has a
route; the hand-written handlers (``_handlers``) answer like the API, every other
operation answers the spec's example of its success response (``_generic``), with the
spec's status. Each request is checked for a studio's ``X-API-KEY`` (several studios,
each with its own key and data), enum query values and ``sliceSize`` are held to the
spec, and the fault injector may step in before or after the handler. Query parameters
a handler did not read are named in ``X-Local-Tenant-Ignored`` and logged.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import re
from collections.abc import Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from perfectgym import OPERATIONS, Operation
from perfectgym._json import decode_json
from perfectgym.testing._call import ApiError, Call, ReadTrackingQuery
from perfectgym.testing._faults import FaultInjector, retry_after_header
from perfectgym.testing._generic import example_answer
from perfectgym.testing._handlers import REGISTRY
from perfectgym.testing._registry import HandlerRegistry
from perfectgym.testing._spec import tenant_spec
from perfectgym.testing._studio import PAGINATION_STYLES, Studio

__all__ = ["HANDLERS", "IGNORED_HEADER", "PAGINATION_STYLES", "ApiError", "LocalTenantApp", "Studio", "create_app"]

logger = logging.getLogger("perfectgym.testing")

HANDLERS = REGISTRY.handlers
"""operationId -> hand-written handler (the others answer the spec's example)."""
IGNORED_HEADER = "X-Local-Tenant-Ignored"


def _header_safe(name: str) -> str:
    """A caller's parameter name as printable ASCII: a Unicode, NUL or CR/LF name cannot break the header."""
    return "".join(char if " " <= char <= "~" else f"\\u{ord(char):04x}" for char in name)


def _enum_problem(operation_id: str, query: QueryParams) -> ApiError | None:
    """A 400 for a query value outside the enum the spec declares for that parameter."""
    spec = tenant_spec()
    for name, schema in spec.query_parameters(operation_id).items():
        allowed = spec.enum(schema) or spec.enum(schema.get("items") or {})
        for value in query.getlist(name) if allowed else ():
            if value not in {str(a) for a in allowed}:
                return ApiError(400, f"Unknown {name} {value!r}", "validation.enum", name)
    return None


def _route_pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    regex = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{regex}$")


def _routes() -> list[tuple[str, re.Pattern[str], Operation]]:
    # Literal segments win over parameters (/v1/customers/by before /v1/customers/{customerId}).
    ordered = sorted(OPERATIONS.values(), key=lambda op: (op.path.count("{"), -len(op.path)))
    return [(op.method, _route_pattern(op.path), op) for op in ordered]


class _DroppedResponse(Response):
    """Sends the headers and half the body, then breaks the connection."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body[: len(self.body) // 2], "more_body": True})
        raise ConnectionAbortedError("local tenant: connection dropped on purpose (fault injection)")


class _UnansweredResponse(Response):
    """Closes the connection without sending a byte: the request arrived, no answer ever will.

    ASGI has no message for that, so this starts a response no server can write (a header
    value with a line break): the server refuses it before writing anything, and a response
    that failed after it started makes it close the connection (uvicorn does) instead of
    answering 500.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        unsendable = [(b"x-local-tenant-fault", b"drop_before_response\r\n")]
        try:
            await send({"type": "http.response.start", "status": 200, "headers": unsendable})
        except Exception as exc:  # the expected outcome: nothing was written
            raise ConnectionAbortedError("local tenant: connection closed before answering (fault injection)") from exc
        raise RuntimeError("local tenant: the server wrote a response start it should have refused")


class LocalTenantApp:
    """Dispatches requests to handlers; holds the studios and the fault injector."""

    def __init__(
        self, studios: list[Studio], faults: FaultInjector | None = None, handlers: HandlerRegistry | None = None
    ) -> None:
        self.studios = {studio.api_key: studio for studio in studios}
        self.faults = faults or FaultInjector()
        self.requests: list[tuple[str, str, str]] = []
        """(studio name, method, operationId) of every request that reached a handler or a fault."""
        self.handlers = handlers or REGISTRY
        for problem in self.handlers.problems:
            logger.error(problem)
        self._routes = _routes()
        self._trace_ids = itertools.count(1)
        self._ignored_logged: set[tuple[str, tuple[str, ...]]] = set()

    def _error(self, error: ApiError, headers: Mapping[str, str] | None = None) -> JSONResponse:
        body: dict[str, Any] = {
            "errorMessage": error.message,
            "errorCode": error.code,
            "traceId": f"local-{next(self._trace_ids):08d}",
        }
        if error.reference:
            body["reference"] = error.reference
        return JSONResponse(body, status_code=error.status, headers=dict(headers or {}))

    def _match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        wanted = "GET" if method == "HEAD" else method
        for route_method, pattern, operation in self._routes:
            if method == "HEAD" or route_method == wanted:
                found = pattern.match(path)
                if found:
                    return operation, found.groupdict()
        return None

    async def handle(self, request: Request) -> Response:
        method = request.method.upper()
        matched = self._match(method, request.url.path)
        if matched is None:
            return self._error(ApiError(404, f"No endpoint {method} {request.url.path}", "endpoint.notFound"))
        operation, path_params = matched
        studio = self.studios.get(request.headers.get("x-api-key", ""))
        if method == "HEAD":  # checks the key only (API-NOTES): no business logic, no body
            return Response(status_code=200 if studio else 401)
        if studio is None:
            return self._error(ApiError(401, "Missing or invalid API key", "auth.invalidApiKey"))
        op_id = operation.operation_id
        self.requests.append((studio.data.name, method, op_id))

        wait = self.faults.rate_limited(studio.data.name, op_id)
        if wait is not None:
            error = ApiError(429, "Rate limit exceeded for this endpoint", "rateLimit.exceeded")
            return self._error(error, {"Retry-After": retry_after_header(wait)})
        if self.faults.take(op_id, "fail_with_429"):
            error = ApiError(429, "Rate limit exceeded for this endpoint", "rateLimit.exceeded")
            return self._error(error, {"Retry-After": "1"})
        if self.faults.take(op_id, "fail_with_503"):
            return self._error(ApiError(503, "Service temporarily unavailable", "service.unavailable"))
        latency = self.faults.latency(op_id)
        if latency:
            await asyncio.sleep(latency)

        if self.faults.take(op_id, "drop_before_response"):
            await request.body()  # received in full, never executed
            return _UnansweredResponse()

        handler = self.handlers.handlers.get(op_id, example_answer)
        enum_problem = _enum_problem(op_id, request.query_params)
        if enum_problem is not None:
            return self._error(enum_problem)
        raw_body = await request.body()
        try:
            body = self._json_body(request, raw_body)
        except (ValueError, UnicodeDecodeError):  # decode_json: too deep or too big is a ValueError too
            return self._error(ApiError(400, "The body is not valid JSON", "validation.json"))
        query = ReadTrackingQuery(request.query_params)
        call = Call(studio=studio, operation=operation, path_params=path_params, query=query, body=body)
        try:
            result = await handler(call)
        except ApiError as error:
            return self._error(error)

        status = tenant_spec().status(op_id)
        if tenant_spec().response(op_id) is None:
            result = None  # the spec documents no body
        content = b"" if result is None else json.dumps(result, separators=(",", ":")).encode()
        headers = {"content-type": "application/json"} if result is not None else {}
        ignored = query.ignored()
        if ignored:
            headers[IGNORED_HEADER] = ",".join(_header_safe(name) for name in ignored)
            self._log_ignored(op_id, ignored)
        if self.faults.take(op_id, "drop_connection"):
            return _DroppedResponse(content or b"{}", status_code=status, headers=headers)
        if result is not None and self.faults.take(op_id, "malformed_json"):
            return Response(content[: max(1, len(content) // 2)], status_code=status, headers=headers)
        return Response(content, status_code=status, headers=headers)

    @staticmethod
    def _json_body(request: Request, raw_body: bytes) -> Any:
        """The decoded JSON body; other media types (multipart uploads) are not read by handlers."""
        if not raw_body:
            return None
        media = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        return decode_json(raw_body) if media.endswith("json") else None

    def _log_ignored(self, operation_id: str, ignored: list[str]) -> None:
        key = (operation_id, tuple(ignored))
        if key not in self._ignored_logged and len(self._ignored_logged) < 1024:  # once each, bounded
            self._ignored_logged.add(key)
            names = ", ".join(ignored)
            logger.warning(
                "local tenant: %s ignores the query parameter(s) %s (answered as if absent)", operation_id, names
            )


def create_app(
    studios: list[Studio], faults: FaultInjector | None = None, handlers: HandlerRegistry | None = None
) -> Starlette:
    """An ASGI app serving `studios`; ``app.state.tenant`` is the LocalTenantApp (faults, requests)."""
    tenant = LocalTenantApp(studios, faults, handlers)
    methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]
    app = Starlette(routes=[Route("/{path:path}", tenant.handle, methods=methods)])
    app.state.tenant = tenant
    return app

"""A small Starlette backend that uses the SDK the way a production service should.

- one AsyncPerfectGym for the app's lifetime (created in the lifespan, closed at shutdown),
  shared by every request handler;
- SDK errors mapped to HTTP answers in one place (exception handlers), never leaking the
  API key, and keeping the API's trace id for support requests.

Run it against the local tenant:  python -m perfectgym.testing --port 8080  and then
PERFECTGYM_BASE_URL=http://127.0.0.1:8080 PERFECTGYM_API_KEY=local-demo-key uvicorn examples.web_app:app
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

import perfectgym
from perfectgym import AccessRestriction, AsyncPerfectGym


def _client(request: Request) -> AsyncPerfectGym:
    client: AsyncPerfectGym = request.app.state.perfectgym
    return client


async def get_customer(request: Request) -> Response:
    customer = await _client(request).customers.get_customer_by_id(customer_id=int(request.path_params["id"]))
    return JSONResponse(customer.to_dict())


async def list_customers(request: Request) -> Response:
    limit = min(int(request.query_params.get("limit", "20")), 500)
    names = []
    async for customer in _client(request).customers.iter_customers(slice_size=50):
        names.append({"id": customer.id, "name": f"{customer.first_name} {customer.last_name}"})
        if len(names) >= limit:
            break
    return JSONResponse({"customers": names})


async def put_restriction(request: Request) -> Response:
    body: dict[str, Any] = await request.json()
    restriction = AccessRestriction(
        reason=body.get("reason", ""),
        start_date=dt.date.fromisoformat(body["startDate"]) if body.get("startDate") else None,
        end_date=dt.date.fromisoformat(body["endDate"]) if body.get("endDate") else None,
    )
    stored = await _client(request).customers.set_access_restriction(int(request.path_params["id"]), restriction)
    return JSONResponse(stored.to_dict())


async def delete_restriction(request: Request) -> Response:
    await _client(request).customers.delete_access_restriction(int(request.path_params["id"]))
    return Response(status_code=204)


def _problem(status: int, title: str, exc: Exception, headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"title": title, "detail": str(exc)}
    trace_id = getattr(exc, "trace_id", None)
    if trace_id:
        body["upstreamTraceId"] = trace_id
    return JSONResponse(body, status_code=status, headers=headers)


async def on_invalid_input(request: Request, exc: Exception) -> Response:
    return _problem(422, "Invalid input", exc)


async def on_not_found(request: Request, exc: Exception) -> Response:
    return _problem(404, "Not found at PerfectGym", exc)


async def on_busy(request: Request, exc: Exception) -> Response:
    retry_after = exc.response.headers.get("Retry-After", "30") if isinstance(exc, perfectgym.APIStatusError) else "30"
    return _problem(503, "PerfectGym is busy; try again later", exc, {"Retry-After": retry_after})


async def on_upstream_failure(request: Request, exc: Exception) -> Response:
    # 401/403 from PerfectGym is our configuration problem, not the caller's: answer 502.
    return _problem(502, "PerfectGym request failed", exc)


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    settings = app.state.perfectgym_settings
    async with AsyncPerfectGym(settings.get("base_url"), settings.get("api_key")) as client:
        app.state.perfectgym = client
        yield


def create_app(*, base_url: str | None = None, api_key: str | None = None) -> Starlette:
    """The app; base_url/api_key default to PERFECTGYM_BASE_URL / PERFECTGYM_API_KEY."""
    app = Starlette(
        routes=[
            Route("/customers", list_customers),
            Route("/customers/{id:int}", get_customer),
            Route("/customers/{id:int}/restriction", put_restriction, methods=["PUT"]),
            Route("/customers/{id:int}/restriction", delete_restriction, methods=["DELETE"]),
        ],
        exception_handlers={
            # Starlette picks the handler by the exception's MRO: the specific classes come first there.
            perfectgym.InvalidRequestError: on_invalid_input,  # incl. InvalidAccessRestrictionError: nothing sent
            ValueError: on_invalid_input,  # e.g. a malformed date in our own request
            perfectgym.NotFoundError: on_not_found,
            perfectgym.RateLimitError: on_busy,
            perfectgym.ServiceUnavailableError: on_busy,
            perfectgym.PerfectGymError: on_upstream_failure,
        },
        lifespan=lifespan,
    )
    app.state.perfectgym_settings = {"base_url": base_url, "api_key": api_key}
    return app


def __getattr__(name: str) -> Any:
    # `uvicorn examples.web_app:app` builds the app from the environment on first access.
    if name == "app":
        return create_app()
    raise AttributeError(name)

"""One HTTP attempt with hard bounds: never redirected, bounded in total time and body size.

httpx's timeouts bound each network operation separately, so a server that drips one
byte every few seconds keeps a read alive forever; the attempt here runs under one total
bound (``asyncio.timeout``) that includes reading the whole body. Redirects are never
followed, whatever the lent ``httpx.AsyncClient`` says: httpx strips ``Authorization`` on
a cross-origin redirect but not ``X-API-KEY``, so following one could hand the key to
another host.
"""

from __future__ import annotations

import asyncio

import httpx

from perfectgym._body_reader import BodyTooLarge, read_capped, with_body
from perfectgym._calls_in_flight import pool_closed
from perfectgym._errors import ClientClosedError, is_write

__all__ = ["AttemptTimedOut", "OversizedBody", "closed_client_error", "send_once"]


class AttemptTimedOut(Exception):
    """Internal: the attempt's total time bound passed before the whole response was read."""


class OversizedBody(Exception):
    """Internal: the response (with `status_code`) has a decoded body past the cap; reading stopped."""

    def __init__(self, status_code: int) -> None:
        super().__init__(status_code)
        self.status_code = status_code


def closed_client_error(method: str, path: str, *, in_flight: bool = False) -> ClientClosedError:
    """The error for a call on a closed client; `in_flight`: the close stopped it after a request went out."""
    when = "was closed while this call was in flight" if in_flight else "is closed"
    return ClientClosedError(
        f"{method} {path}: this client {when} (its `async with` block ended or aclose() was called); "
        "create a new AsyncPerfectGym, or keep one open for the life of your app",
        may_have_executed=in_flight and is_write(method),
    )


async def send_once(
    http: httpx.AsyncClient, request: httpx.Request, *, bound: float | None, max_bytes: int, method: str, path: str
) -> httpx.Response:
    """Send `request` once and read its whole body (decoded, at most `max_bytes`) within `bound` seconds."""
    if pool_closed(http):
        raise closed_client_error(method, path)
    try:
        async with asyncio.timeout(bound):
            response = await http.send(request, stream=True, follow_redirects=False)
            try:
                content = await read_capped(response, max_bytes)
            except BodyTooLarge:
                raise OversizedBody(response.status_code) from None
            finally:
                await response.aclose()
    except TimeoutError as exc:
        raise AttemptTimedOut from exc
    except RuntimeError as exc:
        if pool_closed(http):  # closed by another task while this request was in flight
            raise closed_client_error(method, path) from exc
        raise
    return with_body(response, content)

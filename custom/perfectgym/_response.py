"""The raw view of a call: the parsed model together with what the HTTP exchange said."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import attrs
import httpx

from perfectgym._json import loads

__all__ = ["APIResponse", "DecodedResponse"]

T = TypeVar("T")


class DecodedResponse(httpx.Response):
    """An ``httpx.Response`` whose ``json()`` goes through :func:`perfectgym._json.loads`.

    The generated operations decode bodies with ``response.json()``; this routes them to
    orjson when it is installed, with ``json.loads``'s results and exceptions either way.
    """

    def json(self, **kwargs: Any) -> Any:
        return loads(self.content) if not kwargs else super().json(**kwargs)


@attrs.frozen
class APIResponse(Generic[T]):
    """A successful call's typed result plus status, headers and the retry count.

    Returned by ``client.<tag>.with_raw_response.<operation>(...)``; the request it
    holds has its API key header redacted.
    """

    parsed: T
    http_response: httpx.Response = attrs.field(repr=False)
    attempts: int = 1
    """How many times the request was sent (1 when no retry was needed)."""

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

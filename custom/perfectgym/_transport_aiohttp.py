"""The aiohttp-backed transport behind ``AsyncPerfectGym(..., transport="aiohttp")`` (extra ``perfectgym[aiohttp]``).

httpx-aiohttp sends httpx requests through an aiohttp session. Its own error mapping turns
every ``aiohttp.ClientConnectionError`` into ``httpx.ConnectTimeout``, which the SDK reads
as "never sent" (and so retries a POST): a server that dropped the connection after
reading a request would get that POST twice. Here each aiohttp error becomes the httpx
error httpx itself raises for the same event, so retries and ``may_have_executed`` work
as with the default transport. Cookies are not kept (the default transport keeps none
that the API sets either: it sets none), and proxies from the environment are not used.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import httpx

try:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport
except ImportError as exc:  # pragma: no cover - the message is the point
    raise ImportError("transport='aiohttp' needs the aiohttp extra: pip install 'perfectgym[aiohttp]'") from exc

__all__ = ["SDKAiohttpTransport"]

# Most specific first: the first match wins.
_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # no connection yet: not sent
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # DNS, refused, TLS handshake: not sent
    (aiohttp.ServerFingerprintMismatch, httpx.ConnectError),
    (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),  # httpx: "Server disconnected ..."
    (aiohttp.ClientPayloadError, httpx.ReadError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # a malformed status line or header
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.ClientError, httpx.ReadError),  # anything else after connecting: it may have been sent
)


def _httpx_error(exc: BaseException) -> httpx.TransportError | None:
    cause = exc if isinstance(exc, aiohttp.ClientError) else exc.__cause__
    for theirs, ours in _ERRORS:
        if isinstance(cause, theirs):
            return ours(str(cause) or type(cause).__name__)
    return None


@contextmanager
def _mapped_errors() -> Iterator[None]:
    try:
        yield
    except (aiohttp.ClientError, httpx.TransportError) as exc:
        mapped = _httpx_error(exc)
        if mapped is None:
            raise
        raise mapped from (exc.__cause__ if isinstance(exc, httpx.TransportError) else exc)


class _MappedStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped_errors():
            async for chunk in self._stream:
                yield chunk

    async def aclose(self) -> None:
        with _mapped_errors():
            await self._stream.aclose()


class SDKAiohttpTransport(AiohttpTransport):
    """httpx-aiohttp's transport with httpx's error meanings, no cookie jar, and bodies sent with a length."""

    def __init__(self, *, verify: ssl.SSLContext, limits: httpx.Limits) -> None:
        super().__init__(verify=verify, limits=limits, trust_env=False)

    def get_client(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            ssl=self.ssl_context, limit=self.limits.max_connections or 0, keepalive_timeout=self.limits.keepalive_expiry
        )
        return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # a multipart upload goes out with its Content-Length, not chunked
        with _mapped_errors():
            response = await super().handle_async_request(request)
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _MappedStream(response.stream)
        return response

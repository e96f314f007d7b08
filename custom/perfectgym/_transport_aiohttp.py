"""The aiohttp-backed transport behind ``AsyncPerfectGym(..., transport="aiohttp")`` (extra ``perfectgym[aiohttp]``).

httpx-aiohttp sends httpx requests through an aiohttp session. Its own error mapping turns
every ``aiohttp.ClientConnectionError`` into ``httpx.ConnectTimeout``, which the SDK reads
as "never sent" (and so retries a POST): a server that dropped the connection after
reading a request would get that POST twice. Here each aiohttp error becomes the httpx
error httpx itself raises for the same event, so retries and ``may_have_executed`` work
as with the default transport. Requests go out as httpx built them: the URL already
percent-encoded (aiohttp would decode ``%3B`` into ``;`` in a path segment, which a server
may read as a matrix parameter), and no Content-Type aiohttp would add on its own. Header
lines up to 64 KiB are read, as httpx reads them. Proxies from the environment are not used.
"""

from __future__ import annotations

import re
import ssl
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import httpx
import yarl

try:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport
    from httpx_aiohttp.transport import AiohttpResponseStream
except ImportError as exc:  # pragma: no cover - the message is the point
    raise ImportError("transport='aiohttp' needs the aiohttp extra: pip install 'perfectgym[aiohttp]'") from exc

__all__ = ["SDKAiohttpTransport"]

_MAX_HEADER_LINE = 65536
"""httpx (h11) reads header sections up to 64 KiB; aiohttp's default stops at 8 KiB per line."""
_MAX_HEADERS = 1000
"""h11 counts no headers, only their size; aiohttp's default stops at 128."""

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


_URL_PATH = re.compile(r"""(https?://[^/\s'"]+)[^\s'"]*""")


def _without_paths(text: str) -> str:
    """aiohttp's messages quote the whole URL; keep its origin only (ids and query values can be personal data)."""
    return _URL_PATH.sub(r"\1/...", text)


def _httpx_error(exc: BaseException) -> httpx.TransportError | None:
    cause = exc if isinstance(exc, aiohttp.ClientError) else exc.__cause__
    for theirs, ours in _ERRORS:
        if isinstance(cause, theirs):
            return ours(_without_paths(str(cause)) or type(cause).__name__)
    return None


@contextmanager
def _mapped_errors() -> Iterator[None]:
    try:
        yield
    except (aiohttp.ClientError, httpx.TransportError) as exc:
        mapped = _httpx_error(exc)
        if mapped is None:
            raise
        raise mapped from None  # aiohttp's own exception quotes the whole URL; the mapped one says what happened


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
        return aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=("Content-Type",),  # only what httpx put on the request
            max_line_size=_MAX_HEADER_LINE,
            max_field_size=_MAX_HEADER_LINE,
            max_headers=_MAX_HEADERS,
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """httpx-aiohttp's request, with the URL kept exactly as httpx encoded it."""
        if not isinstance(self.client, aiohttp.ClientSession):
            self.client = self.get_client()
        body = await request.aread()  # a multipart upload goes out with its Content-Length, not chunked
        timeout = request.extensions.get("timeout", {})
        with _mapped_errors():
            response = await self.client.request(
                method=request.method,
                url=yarl.URL(str(request.url), encoded=True),
                headers=request.headers,
                data=body or None,
                allow_redirects=False,
                auto_decompress=False,
                compress=False,
                timeout=aiohttp.ClientTimeout(
                    sock_connect=timeout.get("connect"), sock_read=timeout.get("read"), connect=timeout.get("pool")
                ),
                server_hostname=request.extensions.get("sni_hostname"),
            ).__aenter__()
        extensions = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_MappedStream(AiohttpResponseStream(response)),
            request=request,
            extensions=extensions,
        )

"""Read a streamed response body with a cap on its decoded size.

A hostile or broken server can send a small gzip body that inflates to gigabytes, or
stack codings (``gzip, gzip``) so that one kilobyte becomes a gzip bomb of its own.
httpx inflates each network chunk in one go, so checking sizes after its decoder still
lets one chunk become gigabytes; here every gzip or deflate layer is inflated with
``max_length`` and counted, so memory never exceeds the cap by more than a small step
per layer. The SDK advertises only ``gzip, deflate`` (``ACCEPT_ENCODING``); a body in
any other coding is refused with ``httpx.DecodingError``, never decoded.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import httpx

from perfectgym._response import DecodedResponse

__all__ = ["ACCEPT_ENCODING", "BodyTooLarge", "read_capped", "with_body"]

ACCEPT_ENCODING = "gzip, deflate"
MAX_CODING_LAYERS = 3
_STEP = 64 * 1024


class BodyTooLarge(Exception):
    """Internal: the decoded body (or one of its coding layers) passed the cap."""


class _Inflater:
    """Incremental gzip/deflate decoding that yields at most `_STEP` bytes at a time, `limit` in all."""

    def __init__(self, coding: str, limit: int) -> None:
        # Deflate is sent zlib-wrapped by most servers and raw by some: try wrapped first, as httpx does.
        self._raw_fallback = coding == "deflate"
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if coding == "gzip" else zlib.MAX_WBITS)
        self._room = limit

    def feed(self, data: bytes) -> Iterator[bytes]:
        pending = data
        while True:
            try:
                chunk = self._inflater.decompress(pending, _STEP)
            except zlib.error:
                if not self._raw_fallback:
                    raise
                self._raw_fallback = False
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                chunk = self._inflater.decompress(pending, _STEP)
            self._raw_fallback = False
            self._room -= len(chunk)
            if self._room < 0:
                raise BodyTooLarge
            if chunk:
                yield chunk
            pending = self._inflater.unconsumed_tail
            # Stop when the input is used up and zlib has no output left over for it.
            if self._inflater.eof or (not pending and len(chunk) < _STEP):
                return


def _codings(response: httpx.Response) -> list[str]:
    """The body's codings in the order they must be undone (the header lists them as applied)."""
    listed = ",".join(response.headers.get_list("Content-Encoding"))
    codings = [c.strip().lower() for c in listed.split(",") if c.strip() and c.strip().lower() != "identity"]
    unsupported = sorted({c for c in codings if c not in {"gzip", "deflate"}})
    if unsupported or len(codings) > MAX_CODING_LAYERS:
        raise httpx.DecodingError(
            f"the response uses Content-Encoding {listed!r}; only up to {MAX_CODING_LAYERS} layers of "
            f"{ACCEPT_ENCODING} (what the SDK asks for) are decoded"
        )
    return list(reversed(codings))


def _decode(chunks: Iterator[bytes], layers: list[_Inflater]) -> Iterator[bytes]:
    if not layers:
        yield from chunks
        return
    first, rest = layers[0], layers[1:]
    yield from _decode((out for chunk in chunks for out in first.feed(chunk)), rest)


async def read_capped(response: httpx.Response, limit: int) -> bytes:
    """The whole decoded body of a streamed `response`, or BodyTooLarge past `limit` bytes.

    Decoding problems (a corrupt or unsupported coding) surface as ``httpx.DecodingError``.
    """
    if response.is_stream_consumed:  # built with its content (httpx.MockTransport): already decoded and read
        if len(response.content) > limit:
            raise BodyTooLarge
        return response.content
    layers = [_Inflater(coding, limit) for coding in _codings(response)]
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit and not layers:
        raise BodyTooLarge
    parts: list[bytes] = []
    total = 0
    try:
        async for raw in response.aiter_raw():
            for chunk in _decode(iter((raw,)), layers):
                total += len(chunk)
                if total > limit:
                    raise BodyTooLarge
                parts.append(chunk)
    except zlib.error as exc:
        raise httpx.DecodingError(
            f"could not decode the {response.headers.get('Content-Encoding')} body: {exc}"
        ) from exc
    return b"".join(parts)


def with_body(response: httpx.Response, content: bytes) -> httpx.Response:
    """A complete (non-streaming) copy of `response` holding the decoded `content`."""
    skip = {b"content-encoding", b"content-length", b"transfer-encoding"}
    # Raw bytes: a header value httpx decoded as latin-1 or UTF-8 could not be encoded back as ASCII.
    headers = [(name, value) for name, value in response.headers.raw if name.lower() not in skip]
    headers.append((b"Content-Length", str(len(content)).encode()))
    return DecodedResponse(
        response.status_code,
        headers=headers,
        content=content,
        request=response.request,
        extensions=response.extensions,
        history=response.history,
    )

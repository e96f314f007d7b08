"""Read a streamed response body with a cap on its decoded size.

A hostile or broken server can send a small gzip body that inflates to gigabytes.
httpx inflates each network chunk in one go, so checking sizes after its decoder still
lets one 64 KiB chunk become ~64 MiB; here gzip and deflate are inflated with
``max_length``, so memory never exceeds the cap by more than one small step. The SDK
only advertises ``gzip, deflate`` (``ACCEPT_ENCODING``); any other coding is decoded
by httpx and checked chunk by chunk.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator

import httpx

__all__ = ["ACCEPT_ENCODING", "BodyTooLarge", "read_capped"]

ACCEPT_ENCODING = "gzip, deflate"
_STEP = 64 * 1024


class BodyTooLarge(Exception):
    """Internal: the decoded body passed the cap."""


class _Inflater:
    """Incremental gzip/deflate decoding that never produces more than asked for at once."""

    def __init__(self, coding: str) -> None:
        # 16 + MAX_WBITS: gzip header; 32 + MAX_WBITS would auto-detect. Deflate is sent
        # zlib-wrapped by most servers and raw by some: try wrapped first, as httpx does.
        self._coding = coding
        self._raw_fallback = coding == "deflate"
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if coding == "gzip" else zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> list[bytes]:
        """Decoded output of `data`; raises BodyTooLarge as soon as it passes `room` bytes."""
        out: list[bytes] = []
        produced = 0
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
            produced += len(chunk)
            if produced > room:
                raise BodyTooLarge
            if chunk:
                out.append(chunk)
            pending = self._inflater.unconsumed_tail
            # Stop when the input is used up and zlib has no output left over for it.
            if self._inflater.eof or (not pending and len(chunk) < _STEP):
                break
        return out


async def _decoded_chunks(response: httpx.Response, limit: int) -> AsyncIterator[bytes]:
    codings = [c.strip().lower() for c in response.headers.get("Content-Encoding", "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        async for chunk in response.aiter_raw():
            yield chunk
        return
    if len(codings) == 1 and codings[0] in {"gzip", "deflate"}:
        inflater = _Inflater(codings[0])
        total = 0
        async for raw in response.aiter_raw():
            for chunk in inflater.feed(raw, limit - total):
                total += len(chunk)
                yield chunk
        return
    async for chunk in response.aiter_bytes():  # an unusual coding: httpx decodes, we count
        yield chunk


async def read_capped(response: httpx.Response, limit: int) -> bytes:
    """The whole decoded body of a streamed `response`, or BodyTooLarge past `limit` bytes.

    Decoding errors surface as ``httpx.DecodingError`` like httpx's own reading.
    """
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and "Content-Encoding" not in response.headers and int(declared) > limit:
        raise BodyTooLarge
    parts: list[bytes] = []
    total = 0
    try:
        async for chunk in _decoded_chunks(response, limit):
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
    skip = {"content-encoding", "content-length", "transfer-encoding"}
    headers = [(name, value) for name, value in response.headers.multi_items() if name.lower() not in skip]
    headers.append(("Content-Length", str(len(content))))
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=response.request,
        extensions=response.extensions,
        history=response.history,
    )

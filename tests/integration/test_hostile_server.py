"""A hostile server over real loopback sockets: redirects to steal the key, gzip bombs, slow drips.

Each server runs in a thread on 127.0.0.1 and stops with the test. Nothing here asserts
a duration: a hang is caught by a generous guard (``asyncio.wait_for``) that only fails
the test, and memory is measured with tracemalloc.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import http.server
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable

import httpx
import pytest

import perfectgym
from perfectgym import (
    APIConnectionError,
    APITimeoutError,
    AsyncPerfectGym,
    RedirectNotFollowedError,
    ResponseTooLargeError,
    RetryPolicy,
)
from tests.support.loopback import serving

API_KEY = "sk-hostile-test-SECRET"
HANG_GUARD = 30.0  # seconds; only a hang reaches it


class _Quiet(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass


def _recording_server(seen: list[dict[str, str]]) -> type[http.server.BaseHTTPRequestHandler]:
    class Thief(_Quiet):
        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            seen.append({**dict(self.headers), "_body": body.decode("latin-1"), "_method": self.command})
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"[]")

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _any

    return Thief


def _redirecting_server(target: str, status: int) -> type[http.server.BaseHTTPRequestHandler]:
    class Redirector(_Quiet):
        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self.send_response(status)
            self.send_header("Location", target + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _any

    return Redirector


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_a_redirect_to_another_origin_never_receives_the_key_even_with_a_lent_following_client(
    status: int,
) -> None:
    seen: list[dict[str, str]] = []
    with serving(_recording_server(seen)) as thief, serving(_redirecting_server(thief, status)) as api:
        async with (
            httpx.AsyncClient(follow_redirects=True) as lent,
            AsyncPerfectGym(api, API_KEY, http_client=lent, max_retries=0) as client,
        ):
            with pytest.raises(RedirectNotFollowedError) as get_info:
                await client.customers.get_customer_by_id(1)
            with pytest.raises(RedirectNotFollowedError):
                await client.customers.search_customers(body={"lastName": "Koch"})
            with pytest.raises(RedirectNotFollowedError):
                await client.verify_api_key()
    assert seen == [], f"the other origin received {len(seen)} request(s)"
    assert get_info.value.location == f"{thief}/v1/customers/1"
    assert get_info.value.location in str(get_info.value) and API_KEY not in str(get_info.value)


def _bomb(decoded_mib: int, coding: str) -> bytes:
    """`decoded_mib` MiB of zeros, compressed with each coding of `coding` in turn (as the header lists them)."""
    body = b"\0" * (decoded_mib << 20)
    for layer in coding.split(", "):
        body = gzip.compress(body, compresslevel=9) if layer == "gzip" else zlib.compress(body, 9)
    return body


def _bomb_server(payload: bytes, coding: str) -> type[http.server.BaseHTTPRequestHandler]:
    class Bomber(_Quiet):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Encoding", coding)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(payload)

    return Bomber


@pytest.mark.asyncio
@pytest.mark.parametrize("coding", ["gzip", "deflate", "gzip, gzip", "deflate, gzip"])
async def test_a_compression_bomb_stops_at_the_cap_without_inflating_into_memory(coding: str) -> None:
    payload = _bomb(256, coding)  # stacked: about a kilobyte on the wire
    with serving(_bomb_server(payload, coding)) as api:
        async with AsyncPerfectGym(api, API_KEY, max_retries=0, max_response_bytes=4 << 20) as client:
            tracemalloc.start()
            try:
                with pytest.raises(ResponseTooLargeError) as info:
                    await client.customers.get_customer_by_id(1)
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
    assert info.value.limit == 4 << 20
    assert peak < 24 << 20, f"peak traced memory {peak >> 20} MiB for a 4 MiB cap (256 MiB bomb)"


@pytest.mark.asyncio
@pytest.mark.parametrize("coding", ["br", "zstd", "x-custom", "gzip, gzip, gzip, gzip"])
async def test_a_coding_the_sdk_did_not_ask_for_is_refused_not_decoded(coding: str) -> None:
    with serving(_bomb_server(b"\x1f\x8b not really", coding)) as api:
        async with AsyncPerfectGym(api, API_KEY, max_retries=0) as client:
            with pytest.raises(APIConnectionError, match="Content-Encoding"):
                await client.customers.get_customer_by_id(1)


def _drip_server(interval: float, stop: threading.Event) -> type[http.server.BaseHTTPRequestHandler]:
    class Dripper(_Quiet):
        def do_GET(self) -> None:
            body = b'{"id": 1, "padding": "' + b"x" * 200 + b'"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for byte in body:
                    if stop.is_set():
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(interval)
            except OSError:
                return

    return Dripper


async def _guarded(call: Callable[[], object]) -> None:
    await asyncio.wait_for(call(), HANG_GUARD)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_a_dripping_body_cannot_outlive_the_deadline() -> None:
    stop = threading.Event()
    try:
        with serving(_drip_server(0.2, stop)) as api:
            policy = RetryPolicy(max_retries=3, deadline=2.0)
            async with AsyncPerfectGym(api, API_KEY, timeout=1.0, retry_policy=policy) as client:
                with pytest.raises(APITimeoutError) as info:
                    await _guarded(lambda: client.customers.get_customer_by_id(1))
    finally:
        stop.set()
    assert "deadline" in str(info.value) or "did not arrive" in str(info.value)


@pytest.mark.asyncio
async def test_a_dripping_body_is_cut_by_each_attempts_total_bound() -> None:
    stop = threading.Event()
    try:
        with serving(_drip_server(0.2, stop)) as api:
            async with AsyncPerfectGym(api, API_KEY, timeout=0.5, retry_policy=RetryPolicy(deadline=None)) as client:
                with pytest.raises(APITimeoutError) as info:
                    await _guarded(lambda: client.customers.get_customer_by_id(1))
    finally:
        stop.set()
    assert info.value.attempts == 4  # a GET is retried, every attempt bounded


def _raw_header_server(
    header_lines: list[bytes], status: bytes = b"200 OK"
) -> type[http.server.BaseHTTPRequestHandler]:
    class Raw(_Quiet):
        def _any(self) -> None:
            body = b'{"id": 1}'
            lines = [b"HTTP/1.1 " + status, *header_lines, b"Content-Length: %d" % len(body), b"", b""]
            self.wfile.write(b"\r\n".join(lines) + body)

        do_GET = do_HEAD = _any

    return Raw


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("header", "status", "error"),
    [
        (b"X-Note: Gr\xc3\xbc\xc3\x9fe", b"200 OK", perfectgym.APIResponseValidationError),  # {"id":1} lacks fields
        (b"X-Trace-Id: \xff\xfe", b"404 Not Found", perfectgym.NotFoundError),
        (b"Location: https://elsewhere.example/\xff\xfe", b"302 Found", RedirectNotFollowedError),
    ],
)
async def test_non_ascii_response_headers_are_carried_not_a_raw_unicode_error(
    header: bytes, status: bytes, error: type[Exception]
) -> None:
    with serving(_raw_header_server([header], status)) as api:
        async with AsyncPerfectGym(api, API_KEY, max_retries=0, validate_responses=True) as client:
            with pytest.raises(error):
                await client.customers.get_customer_by_id(1)
            if status == b"200 OK":
                assert await client.verify_api_key()


@pytest.mark.asyncio
async def test_an_unbounded_read_timeout_is_honoured_and_a_lent_clients_timeout_kept() -> None:
    stop = threading.Event()
    try:
        with serving(_drip_server(0.005, stop)) as api:  # the body takes about a second
            patient = httpx.Timeout(0.5, read=None)  # no read limit asked for: only the deadline bounds the call
            async with AsyncPerfectGym(
                api, API_KEY, timeout=patient, retry_policy=RetryPolicy(deadline=60), validate_responses=True
            ) as client:
                with pytest.raises(perfectgym.APIResponseValidationError):  # read in full; {"id": 1, ...} lacks fields
                    await _guarded(lambda: client.customers.get_customer_by_id(1))
    finally:
        stop.set()
    async with httpx.AsyncClient(timeout=1.0) as lent:
        assert AsyncPerfectGym(api, API_KEY, http_client=lent).timeout == httpx.Timeout(1.0)
        assert AsyncPerfectGym(api, API_KEY, http_client=lent, timeout=7).timeout == httpx.Timeout(7)

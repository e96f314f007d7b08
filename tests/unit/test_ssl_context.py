"""Every pool the SDK builds shares one SSL context, and that context still verifies servers."""

from __future__ import annotations

import http.server
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from perfectgym import APIConnectionError, AsyncPerfectGym, StudioConfig, StudioRegistry
from perfectgym import _ssl as shared_ssl


def _context_of(http: httpx.AsyncClient) -> ssl.SSLContext:
    context: ssl.SSLContext = http._transport._pool._ssl_context  # type: ignore[attr-defined]
    return context


@pytest.mark.asyncio
async def test_clients_built_without_http_client_share_one_ssl_context() -> None:
    async with (
        AsyncPerfectGym("https://gym-a.open-api.perfectgym.com", "key-a") as one,
        AsyncPerfectGym("https://gym-b.open-api.perfectgym.com", "key-b") as two,
        StudioRegistry([StudioConfig("gym-c", "https://gym-c.open-api.perfectgym.com", "key-c")]) as registry,
    ):
        assert one._http is not two._http  # separate pools...
        assert _context_of(one._http) is _context_of(two._http)  # ...over one context
        assert _context_of(registry.client("gym-c")._http) is _context_of(one._http)


@pytest.mark.asyncio
async def test_a_lent_http_client_keeps_its_own_ssl_context() -> None:
    own = ssl.create_default_context()
    async with httpx.AsyncClient(verify=own) as lent, AsyncPerfectGym("https://x.example", "k", http_client=lent):
        assert _context_of(lent) is own is not shared_ssl.shared_ssl_context()


def test_the_shared_context_is_built_once_when_many_threads_ask_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared_ssl, "_context", None)
    built: list[ssl.SSLContext] = []
    real = httpx.create_ssl_context

    def counting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        built.append(real(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    with ThreadPoolExecutor(16) as pool:
        seen = set(map(id, pool.map(lambda _: shared_ssl.shared_ssl_context(), range(64))))
    assert len(built) == 1 and seen == {id(built[0])}


def test_the_shared_context_verifies_like_httpx_default() -> None:
    context, default = shared_ssl.shared_ssl_context(), httpx.create_ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    assert context.cert_store_stats() == default.cert_store_stats()  # the same CA bundle
    assert context.cert_store_stats()["x509_ca"] > 0


@contextmanager
def _tls_server(cert: Path, key: Path) -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    """A throwaway certificate for 127.0.0.1, signed by nobody the shared context trusts."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a throwaway certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    command = "req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1"
    subprocess.run(
        ["openssl", *command.split(), "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.mark.asyncio
async def test_a_self_signed_server_is_refused_through_the_shared_context(self_signed: tuple[Path, Path]) -> None:
    cert, key = self_signed
    with _tls_server(cert, key) as url:
        async with AsyncPerfectGym(url, "key", max_retries=0, rate_budget=None) as client:
            with pytest.raises(APIConnectionError) as refused:
                await client.verify_api_key()
        causes = []
        error: BaseException | None = refused.value
        while error is not None:
            causes.append(error)
            error = error.__cause__ or error.__context__
        assert any(isinstance(cause, ssl.SSLCertVerificationError) for cause in causes)
        # control: the same server answers a client that trusts its certificate
        trusting = ssl.create_default_context(cafile=str(cert))
        async with (
            httpx.AsyncClient(verify=trusting) as lent,
            AsyncPerfectGym(url, "key", http_client=lent, max_retries=0, rate_budget=None) as client,
        ):
            assert await client.verify_api_key() is True

"""Start and stop Prism (the OpenAPI mock server) on 127.0.0.1 for the contract tests."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.support.spec import REPO_ROOT, SPEC_PATH

PRISM_BIN = REPO_ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 90.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_prism(spec: Path = SPEC_PATH, log: Path | None = None) -> Iterator[str]:
    """Prism mocking `spec` with request validation on (`--errors`); yields its base URL."""
    if not PRISM_BIN.exists():
        raise RuntimeError(f"Prism is not installed at {PRISM_BIN}; run `make test` (it runs npm ci in tools/prism)")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_file = open(log or Path("/dev/null"), "w")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        [str(PRISM_BIN), "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", str(spec)],
        stdout=log_file,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"Prism exited with {process.returncode} before listening")
            try:
                httpx.get(f"{url}/__health", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Prism did not listen on {url} within {START_TIMEOUT}s") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log_file.close()

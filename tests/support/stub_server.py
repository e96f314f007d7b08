"""A loopback HTTP server answering every request with one canned response (for negative controls)."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from contextlib import contextmanager

from tests.support.loopback import serving


@contextmanager
def stub_server(status: int, body: bytes, content_type: str = "application/json") -> Iterator[str]:
    """Serve `body` with `status` on 127.0.0.1 for any GET/POST/PUT/DELETE/HEAD; yields the base URL."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _answer

        def log_message(self, format: str, *args: object) -> None:  # keep test output clean
            pass

    with serving(Handler) as url:
        yield url

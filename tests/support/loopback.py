"""Run a stdlib HTTP request handler on 127.0.0.1 (a free port) in a thread, for one test."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def serving(handler: Any) -> Iterator[str]:
    """Serve `handler` (a BaseHTTPRequestHandler class or factory); yields the base URL, stops after."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()

"""Serve the bytes read from stdin as the JSON answer to every GET, on 127.0.0.1 (a free port).

Prints its base URL on the first line; stops on SIGINT. Used by the per-request benchmark so
the SDK and raw httpx are measured against the same server and payload.
"""

from __future__ import annotations

import contextlib
import socket
import sys
from typing import Any

import uvicorn

BODY = sys.stdin.buffer.read()
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})


def main() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    print(f"http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(app, log_level="critical", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):  # the benchmark stops us with SIGINT
        main()

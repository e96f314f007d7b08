"""Shared pytest setup: the local tenant fixtures ship with the SDK (perfectgym.testing)."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from tests.support.redis_server import RedisServer

pytest_plugins = ["perfectgym.testing.pytest_plugin"]


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One real Valkey server on 127.0.0.1 for the session (stopped afterwards)."""
    with RedisServer() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The session server's URL, emptied for this test (and started again if a test stopped it)."""
    redis_server.start()
    with socket.create_connection(("127.0.0.1", redis_server.port), timeout=5) as sock:
        sock.sendall(b"FLUSHALL\r\n")
        assert sock.recv(64).startswith(b"+OK")
    return redis_server.url

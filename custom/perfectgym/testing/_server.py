"""Run the local tenant on 127.0.0.1 (a free port by default) in a background thread.

Usable from sync and async code, from pytest (see ``pytest_plugin``) and from the command
line (``python -m perfectgym.testing``). The server thread has its own event loop, so
the client under test and the fake never share one.
"""

from __future__ import annotations

import asyncio
import threading
import time
from types import TracebackType
from typing import Self

import uvicorn

from perfectgym.testing._app import LocalTenantApp, Studio, create_app
from perfectgym.testing._data import StudioData
from perfectgym.testing._faults import FaultInjector

__all__ = ["DEFAULT_API_KEYS", "LocalTenant", "default_studios"]

DEFAULT_API_KEYS = ("local-demo-key", "local-second-studio-key")
_START_TIMEOUT = 20.0


def default_studios(*, seed: int = 1, customers: int = 1000) -> list[Studio]:
    """Two studios with their own keys and data; the first is the demo studio."""
    return [
        Studio(api_key=DEFAULT_API_KEYS[0], data=StudioData(1, "Demo Studio", seed=seed, customer_count=customers)),
        Studio(api_key=DEFAULT_API_KEYS[1], data=StudioData(2, "Second Studio", seed=seed + 1, customer_count=200)),
    ]


class LocalTenant:
    """A local PerfectGym tenant on loopback: ``with LocalTenant() as tenant: tenant.url``."""

    def __init__(
        self,
        studios: list[Studio] | None = None,
        *,
        seed: int = 1,
        customers: int = 1000,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "critical",
    ) -> None:
        self.studios = studios if studios is not None else default_studios(seed=seed, customers=customers)
        self.app = create_app(self.studios)
        self._host, self._port, self._log_level = host, port, log_level
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def tenant(self) -> LocalTenantApp:
        tenant: LocalTenantApp = self.app.state.tenant
        return tenant

    @property
    def faults(self) -> FaultInjector:
        return self.tenant.faults

    @property
    def url(self) -> str:
        if self._server is None or not self._server.started:
            raise RuntimeError("the local tenant is not running; use start() or a with-block")
        port = self._server.servers[0].sockets[0].getsockname()[1]
        return f"http://{self._host}:{port}"

    @property
    def api_key(self) -> str:
        """The first (demo) studio's key."""
        return self.studios[0].api_key

    def start(self) -> Self:
        config = uvicorn.Config(
            self.app,
            host=self._host,
            port=self._port,
            log_level=self._log_level,
            access_log=False,
            lifespan="off",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="perfectgym-local-tenant", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the local tenant did not start on {self._host}:{self._port}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=_START_TIMEOUT)
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return await asyncio.to_thread(self.start)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await asyncio.to_thread(self.stop)

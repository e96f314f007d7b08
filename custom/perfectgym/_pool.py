"""Who closes the httpx connection pool: the object that created it, never one that borrowed it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

import httpx

__all__ = ["PoolOwner"]

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


class PoolOwner:
    """Holds an httpx.AsyncClient, created here unless one is lent; `async with` closes an owned one."""

    def _init_pool(self, lent: httpx.AsyncClient | None) -> None:
        self._owns_http = lent is None
        self._http = lent or httpx.AsyncClient(limits=DEFAULT_LIMITS, follow_redirects=False)

    async def aclose(self) -> None:
        """Close the connection pool if this object created it (a lent pool stays open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

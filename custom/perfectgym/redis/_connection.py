"""One Redis connection pool per event loop, from a URL, with short timeouts.

redis-py's asyncio pools belong to the loop that created them; an SDK object built at
import time and used from several loops (tests, a sync job calling ``asyncio.run`` per
batch) would otherwise fail with "attached to a different loop". Timeouts are short
because every caller of this module has a fallback: a Redis that does not answer within
them counts as down.
"""

from __future__ import annotations

import asyncio
import hashlib
import urllib.parse
import weakref
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, TypeVar

from perfectgym._errors import ConfigurationError

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from redis.commands.core import AsyncScript

__all__ = ["DEFAULT_PREFIX", "LoopLocalRedis", "bounded", "key_digest", "key_part", "redacted_url", "redis_errors"]

T = TypeVar("T")

DEFAULT_PREFIX = "perfectgym"
DEFAULT_SOCKET_TIMEOUT = 0.5


def _redis_asyncio() -> Any:
    try:
        import redis.asyncio
    except ImportError as exc:  # pragma: no cover - the test extra installs redis
        raise ConfigurationError("perfectgym.redis needs the redis client: pip install 'perfectgym[redis]'") from exc
    return redis.asyncio


def redis_errors() -> tuple[type[BaseException], ...]:
    """What a call to an unreachable, restarting, overloaded or unusable Redis raises.

    Any RedisError counts: a WRONGTYPE answer (another program wrote our key), an OOM
    refusal or a read-only replica make Redis as unusable as a dead socket does.
    """
    import redis.exceptions

    return (redis.exceptions.RedisError, OSError, asyncio.TimeoutError)


async def bounded(command: Awaitable[T], timeout: float) -> T:  # noqa: ASYNC109 - bounds one command
    """Await one Redis command for at most `timeout` seconds, and never lose a cancellation.

    redis-py's asyncio client can swallow a CancelledError that arrives while a command is
    in flight (redis/redis-py#2028, #2665; still seen with 8.1): the caller's task would then
    carry on as if never cancelled, past its deadline or a client's close. A cancellation
    requested meanwhile is raised here.
    """
    task = asyncio.current_task()
    requested = task.cancelling() if task is not None else 0
    async with asyncio.timeout(timeout):
        result = await command
    if task is not None and task.cancelling() > requested:
        raise asyncio.CancelledError
    return result


def key_digest(secret: str) -> str:
    """A short stable digest of an API key for Redis key names: the key itself never reaches Redis."""
    return hashlib.sha256(b"perfectgym-key:" + secret.encode()).hexdigest()[:24]


_MAX_PLAIN_KEY_PART = 200


def key_part(text: str) -> str:
    """`text` as part of a Redis key name: a sender-chosen text over 200 characters becomes its SHA-256.

    A uuid comes from the webhook's sender; a megabyte-long one must not become a megabyte-long key.
    """
    if len(text) <= _MAX_PLAIN_KEY_PART:
        return text
    return "sha256:" + hashlib.sha256(text.encode(errors="surrogatepass")).hexdigest()


def checked_url(url: object) -> str:
    if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
        shown = redacted_url(url) if isinstance(url, str) else url
        raise ConfigurationError(f"a Redis URL must start with redis://, rediss:// or unix:// (got {shown!r})")
    return url


def redacted_url(url: str) -> str:
    """`url` for logs and reprs: a password, in the userinfo or the query, replaced by ***."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user = userinfo.partition(":")[0]
        netloc = f"{user}:***@{host}" if user else f"***@{host}"
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    hidden = [(name, "***" if "pass" in name.lower() else value) for name, value in query]
    query_text = urllib.parse.urlencode(hidden, safe="*")
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query_text}" if query_text else "")


class LoopLocalRedis:
    """Lazily creates one ``redis.asyncio.Redis`` per running event loop from the same URL."""

    def __init__(self, url: str, *, socket_timeout: float = DEFAULT_SOCKET_TIMEOUT, **options: Any) -> None:
        self.url = checked_url(url)
        self._module = _redis_asyncio()
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        self.socket_timeout = socket_timeout
        self._options = {
            "socket_timeout": socket_timeout,
            "socket_connect_timeout": socket_timeout,
            # One immediate retry replaces a pooled connection that died with a restarted server;
            # redis-py's default (backoff up to seconds) would hold callers that have a fallback.
            "retry": Retry(NoBackoff(), 1),
            **options,
        }
        try:  # parse now: a malformed URL or option is a configuration error, not a failure at first use
            self._module.ConnectionPool.from_url(self.url, **self._options).make_connection()  # no I/O
        except (ValueError, TypeError) as exc:
            raise ConfigurationError(f"invalid Redis URL or option for {redacted_url(self.url)!r}: {exc}") from None
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Redis] = weakref.WeakKeyDictionary()
        self._scripts: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, AsyncScript]] = (
            weakref.WeakKeyDictionary()
        )

    def derived(self, *, socket_timeout: float, **overrides: Any) -> LoopLocalRedis:
        """Another pool on the same URL and options, with its own timeout (connecting included) and `overrides`."""
        options = {**self._options, "socket_connect_timeout": socket_timeout, **overrides}
        options.pop("socket_timeout", None)
        return LoopLocalRedis(self.url, socket_timeout=socket_timeout, **options)

    def get(self) -> Redis:
        """The client of the running loop (created on first use; no I/O until a command)."""
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            client = self._clients[loop] = self._module.Redis.from_url(self.url, **self._options)
        return client

    def script(self, source: str) -> AsyncScript:
        """`source` registered on the running loop's client: EVALSHA, reloaded after a Redis restart."""
        loop = asyncio.get_running_loop()
        scripts = self._scripts.setdefault(loop, {})
        script = scripts.get(source)
        if script is None:
            script = scripts[source] = self.get().register_script(source)
        return script

    @property
    def command_timeout(self) -> float:
        """The bound of one command, connecting included (on top of redis-py's socket timeouts)."""
        return self.socket_timeout

    async def aclose(self) -> None:
        """Close the running loop's pool (pools of finished loops are simply dropped)."""
        loop = asyncio.get_running_loop()
        client = self._clients.pop(loop, None)
        self._scripts.pop(loop, None)
        if client is not None:
            await client.aclose()

    @property
    def where(self) -> str:
        """The URL without its password, for logs and reprs."""
        return redacted_url(self.url)

    def __repr__(self) -> str:
        return f"<LoopLocalRedis {self.where!r}>"

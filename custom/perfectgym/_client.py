"""``AsyncPerfectGym``: one studio's API (base URL + key) over one connection pool.

Create it once per studio and process (for example in a web app's lifespan), use it from
any number of tasks, close it at shutdown. ``with_options`` gives per-call-site views
(fewer retries, shorter timeout) that share the pool and the key.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Awaitable, Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypeVar, overload

import attrs
import httpx

import perfectgym
from perfectgym._clock import Clock, SystemClock
from perfectgym._concurrency import gather_bounded
from perfectgym._config_checks import finite_number, whole_number
from perfectgym._domain_rules import BODY_RULES
from perfectgym._errors import (
    APIResponseValidationError,
    ConfigurationError,
    InvalidRequestError,
    status_error_from_response,
)
from perfectgym._generated_resources import API_VERSION, ResourceNamespaces
from perfectgym._header_values import check_header_value
from perfectgym._logging import configure_from_env
from perfectgym._pipeline import DEFAULT_MAX_RESPONSE_BYTES, ClientSettings, RequestPipeline
from perfectgym._pool import DEFAULT_TIMEOUT, TRANSPORTS, PoolOwner, Transport
from perfectgym._rate_budget import EndpointLimiter, RateBudget, RateLimiter, SharedRateLimiter
from perfectgym._retry import RetryPolicy
from perfectgym._secrets import remember_secret
from perfectgym._version import __version__
from perfectgym.hooks import Hooks, RequestHook, ResponseHook, hook_runner

if TYPE_CHECKING:
    import perfectgym._customers
    from perfectgym._raw_request import FromDict

__all__ = ["AsyncPerfectGym"]

ENV_BASE_URL = "PERFECTGYM_BASE_URL"
ENV_API_KEY = "PERFECTGYM_API_KEY"
DEFAULT_RATE_BUDGET = RateBudget(requests=1000, per=60.0)  # the API's default limit per endpoint
TENANT_URL = "https://{tenant}.open-api.perfectgym.com"
# HEAD on any endpoint only checks the key (API-NOTES); this one needs no parameters.
KEY_CHECK_PATH = "/v1/studios/information"
_TENANT_NAME = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
_UNSET: Any = object()
_USERINFO = re.compile(r"(^[a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#]*@")
T = TypeVar("T")
M = TypeVar("M", bound="FromDict")


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _as_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        from perfectgym._request_options import timeout_problem  # loaded with the first per-call option otherwise

        problem = timeout_problem(timeout)
        if problem is not None:
            raise ConfigurationError(f"timeout: {problem}")
        return timeout
    if not finite_number(timeout) or timeout <= 0:
        raise ConfigurationError(f"timeout must be a number of seconds > 0 or an httpx.Timeout (got {timeout!r})")
    return httpx.Timeout(timeout)


def _checked_max_bytes(value: int) -> int:
    if not whole_number(value) or value < 1:
        raise ConfigurationError(f"max_response_bytes must be an int >= 1 (got {value!r})")
    return value


def checked_transport(transport: Transport | None, http_client: httpx.AsyncClient | None) -> Transport:
    if transport is None:
        return "httpx"
    if transport not in TRANSPORTS:
        raise ConfigurationError(f"transport must be one of {', '.join(map(repr, TRANSPORTS))} (got {transport!r})")
    if http_client is not None:
        raise ConfigurationError("pass either transport or http_client, not both: a lent client has its own transport")
    return transport


def _limiter(
    budget: RateBudget | None, shared: SharedRateLimiter | None, api_key: str, clock: Clock
) -> EndpointLimiter | None:
    if shared is not None:
        if budget is not _UNSET:
            raise ConfigurationError(
                "pass either rate_budget or rate_limiter, not both: a shared limiter carries its own budget "
                "(e.g. RedisRateLimiter.from_url(url, budget=RateBudget(1000, 60)))"
            )
        if isinstance(shared, type) or not callable(getattr(shared, "limiter_for", None)):
            raise ConfigurationError(
                "rate_limiter must be a shared limiter instance such as RedisRateLimiter.from_url(url) "
                f"(got {shared.__name__ if isinstance(shared, type) else type(shared).__name__}); "
                "for this process alone pass rate_budget=RateBudget(...)"
            )
        return shared.limiter_for(api_key, clock)
    if budget is _UNSET:
        budget = DEFAULT_RATE_BUDGET
    if budget is None:
        return None
    if not isinstance(budget, RateBudget):
        raise ConfigurationError(f"rate_budget must be a perfectgym.RateBudget or None (got {type(budget).__name__})")
    return RateLimiter(budget, clock)


def checked_base_url(base_url: str) -> str:
    if not isinstance(base_url, str):
        raise ConfigurationError(f"base_url must be a str (got {type(base_url).__name__})")
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError, ValueError, UnicodeError) as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {without_userinfo(base_url)!r}") from exc
    if url.userinfo:
        # httpx would send it as Basic auth and show it in reprs; the API key is the only credential.
        raise ConfigurationError(
            f"base_url must not contain a user name or password (got {without_userinfo(base_url)!r} "
            "with credentials before '@'); the API key is passed as api_key"
        )
    if not url.host:
        raise ConfigurationError(
            f"base_url needs a scheme and host, e.g. https://demo.open-api.perfectgym.com (got {base_url!r})"
        )
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ConfigurationError(
            f"base_url must use https: the API key would travel in clear text (got {base_url!r}); "
            "plain http is accepted only for loopback hosts such as a local test server"
        )
    if url.scheme not in {"http", "https"}:
        raise ConfigurationError(f"base_url must be an https URL (got scheme {url.scheme!r})")
    if url.query or url.fragment:
        raise ConfigurationError(f"base_url must not carry a query or fragment (got {base_url!r})")
    return str(url).rstrip("/")


def without_userinfo(text: str) -> str:
    """`text` with any ``user:password@`` of a URL replaced, for error messages."""
    return _USERINFO.sub(r"\1***@", text)


class AsyncPerfectGym(PoolOwner, ResourceNamespaces):
    """Async client for one studio of the PerfectGym Next Open API.

    ``base_url`` and ``api_key`` default to ``PERFECTGYM_BASE_URL`` and ``PERFECTGYM_API_KEY``.
    Every spec tag is a namespace (``client.customers``, ``client.classes``, ...) with one
    typed async method per operation; list operations also have ``iter_*`` paginators.
    ``transport="aiohttp"`` (extra ``perfectgym[aiohttp]``) sends through an aiohttp pool.
    ``on_request`` / ``on_response`` are called at each attempt with a frozen event, for
    metrics (see :mod:`perfectgym.hooks`); ``PERFECTGYM_LOG=debug|info`` turns on the SDK's
    logging to stderr without code.
    """

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float | httpx.Timeout = _UNSET,
        max_retries: int | None = None,
        accept_language: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
        clock: Clock | None = None,
        rate_budget: RateBudget | None = _UNSET,
        rate_limiter: SharedRateLimiter | None = None,
        validate_responses: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        transport: Transport | None = None,
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
    ) -> None:
        configure_from_env()  # PERFECTGYM_LOG, once per process
        base_url = base_url if base_url is not None else os.environ.get(ENV_BASE_URL)
        api_key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
        if not base_url:
            raise ConfigurationError(
                f"base_url is missing: pass base_url=... or set {ENV_BASE_URL} "
                "(e.g. https://<tenant>.open-api.perfectgym.com), or use AsyncPerfectGym.for_tenant(...)"
            )
        if not isinstance(api_key, str) or not api_key.strip():
            raise ConfigurationError(
                f"api_key is missing: pass api_key=... or set {ENV_API_KEY} (the studio's API key)"
                + (f"; got a {type(api_key).__name__}, not a str" if api_key and not isinstance(api_key, str) else "")
            )
        check_header_value("api_key", api_key.strip(), secret=True)
        remember_secret(api_key.strip())  # the SDK's loggers redact it in any record
        if accept_language is not None:
            check_header_value("accept_language", accept_language)
        policy = retry_policy or RetryPolicy()
        if not isinstance(policy, RetryPolicy):
            raise ConfigurationError(f"retry_policy must be a perfectgym.RetryPolicy (got {type(policy).__name__})")
        if max_retries is not None:
            policy = attrs.evolve(policy, max_retries=max_retries)
        if timeout is _UNSET:  # a lent client keeps the timeout it was built with
            timeout = http_client.timeout if isinstance(http_client, httpx.AsyncClient) else DEFAULT_TIMEOUT
        clock = clock or SystemClock()
        settings = ClientSettings(
            base_url=checked_base_url(base_url),
            api_key=api_key.strip(),
            timeout=_as_timeout(timeout),
            retry=policy,
            clock=clock,
            accept_language=accept_language,
            user_agent=f"perfectgym-python/{__version__} perfectgym-api/{API_VERSION} httpx/{httpx.__version__}",
            body_rules=BODY_RULES,
            validate_responses=validate_responses,
            limiter=_limiter(rate_budget, rate_limiter, api_key.strip(), clock),
            max_response_bytes=_checked_max_bytes(max_response_bytes),
            hooks=Hooks(hook_runner("on_request", on_request), hook_runner("on_response", on_response)),
        )
        self._init_pool(http_client, checked_transport(transport, http_client))
        self._pipeline = RequestPipeline(self._http, settings)

    @classmethod
    def for_tenant(cls, tenant: str, api_key: str | None = None, **options: Any) -> Self:
        """The client for ``https://<tenant>.open-api.perfectgym.com``."""
        if not isinstance(tenant, str) or not _TENANT_NAME.match(tenant):
            raise ConfigurationError(f"tenant must be a DNS label like 'demo' or 'my-gym' (got {tenant!r})")
        return cls(TENANT_URL.format(tenant=tenant), api_key, **options)

    @property
    def base_url(self) -> str:
        return self._pipeline.settings.base_url

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._pipeline.settings.retry

    @property
    def timeout(self) -> httpx.Timeout:
        return self._pipeline.settings.timeout

    @cached_property
    def customers(self) -> perfectgym._customers.Customers:
        """Customers: get customers and contracts (with access-restriction helpers)."""
        return perfectgym._customers.Customers(self._pipeline)  # the tag's module loads on first use

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout = _UNSET,
        max_retries: int = _UNSET,
        accept_language: str | None = _UNSET,
        retry_policy: RetryPolicy = _UNSET,
        max_response_bytes: int = _UNSET,
        on_request: RequestHook | None = _UNSET,
        on_response: ResponseHook | None = _UNSET,
    ) -> Self:
        """A view of this client with other settings, sharing its connection pool and key.

        Closing a view does not close the pool; the client that created the pool owns it.
        The view keeps the client's hooks unless given its own (None: none).
        """
        settings = self._pipeline.settings
        changes: dict[str, Any] = {}
        if retry_policy is not _UNSET:
            if not isinstance(retry_policy, RetryPolicy):
                raise ConfigurationError(
                    f"retry_policy must be a perfectgym.RetryPolicy (got {type(retry_policy).__name__})"
                )
            changes["retry"] = retry_policy
        if max_retries is not _UNSET:
            changes["retry"] = attrs.evolve(changes.get("retry", settings.retry), max_retries=max_retries)
        if timeout is not _UNSET:
            changes["timeout"] = _as_timeout(timeout)
        if accept_language is not _UNSET:
            if accept_language is not None:
                check_header_value("accept_language", accept_language)
            changes["accept_language"] = accept_language
        if max_response_bytes is not _UNSET:
            changes["max_response_bytes"] = _checked_max_bytes(max_response_bytes)
        hooks = settings.hooks
        if on_request is not _UNSET:
            hooks = attrs.evolve(hooks, on_request=hook_runner("on_request", on_request))
        if on_response is not _UNSET:
            hooks = attrs.evolve(hooks, on_response=hook_runner("on_response", on_response))
        changes["hooks"] = hooks
        view = object.__new__(type(self))
        view._init_pool(self._http)  # lent: the view never closes it
        view._pipeline = RequestPipeline(self._http, attrs.evolve(settings, **changes))
        return view

    @property
    def rate_limiter(self) -> EndpointLimiter | None:
        """The per-endpoint budget of this client's key, shared by its views (None when disabled).

        A :class:`RateLimiter` of this process by default; with ``rate_limiter=`` (e.g.
        ``RedisRateLimiter``) the limiter every process using the same key draws from.
        """
        return self._pipeline.settings.limiter

    async def gather(self, awaitables: Iterable[Awaitable[T]], *, concurrency: int = 32) -> list[T]:
        """Await many calls with at most `concurrency` in flight; results in order; the first error is raised.

        With the rate budget this runs a batch near the allowed rate without tripping it.
        """
        return await gather_bounded(awaitables, concurrency=concurrency)

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[M],
        path_params: Mapping[str, str | int] | None = None,
        params: Mapping[str, Any] | None = None,
        json: object = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109  # one call's timeout, as on every method
        max_retries: int | None = None,
    ) -> M: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: None = None,
        path_params: Mapping[str, str | int] | None = None,
        params: Mapping[str, Any] | None = None,
        json: object = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109  # one call's timeout, as on every method
        max_retries: int | None = None,
    ) -> Any: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[M] | None = None,
        path_params: Mapping[str, str | int] | None = None,
        params: Mapping[str, Any] | None = None,
        json: object = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109  # one call's timeout, as on every method
        max_retries: int | None = None,
    ) -> M | Any:
        """Call an endpoint the spec lacks, through the same pipeline: key, retries, rate budget, typed errors.

        `path` is a template on the studio's base URL (``"/v1/things/{thingId}"``) that
        `path_params` fill, each value one encoded segment. Logs, hooks and the rate budget see
        the endpoint: a path of the spec (ids filled in or written in) is its operation, sharing
        the generated method's budget; elsewhere ids (digits, UUIDs) read ``{id}``. Returns the
        decoded JSON (None for an empty body), or ``cast_to.from_dict`` of it (a model class,
        e.g. from ``perfectgym.types``). Everything is checked before sending.
        """
        # Loaded on first use: most programs never call request(), and every import of perfectgym would pay.
        from perfectgym._raw_request import checked_cast_to, parse_raw, prepare_raw_request
        from perfectgym._request_options import call_settings
        from perfectgym_client.types import read_every_field

        checked_cast_to(cast_to)
        raw = prepare_raw_request(method, path, path_params=path_params, params=params, json=json, headers=headers)
        rule = self._pipeline.settings.body_rules.get(raw.endpoint.operation_id or "")
        if rule is not None and "json" in raw.kwargs:  # a spec operation's rule holds whichever method calls it
            body = raw.kwargs["json"]
            if not isinstance(body, Mapping):
                raise InvalidRequestError(
                    f"request {raw.method} {raw.endpoint.path} ({raw.endpoint.operation_id}): its body is a JSON object"
                )
            rule(body)
        options = {
            name: value for name, value in (("timeout", timeout), ("max_retries", max_retries)) if value is not None
        }
        pipeline = self._pipeline
        changes = call_settings(f"request {raw.method} {raw.template!r}", pipeline.settings.retry, options)
        if changes:
            pipeline = pipeline.derived(**changes)
        where = raw.endpoint.path
        validate = pipeline.settings.validate_responses

        def parse(response: httpx.Response) -> M | Any:
            try:
                parsed = parse_raw(response.content, cast_to, f"{raw.method} {where}")
                if validate and cast_to is not None:
                    read_every_field(parsed)  # as for every operation: a bad value fails the call now
                return parsed
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
                raise APIResponseValidationError(
                    f"{raw.method} {where} answered {response.status_code} with a body that does not fit: {exc}",
                    response=response,
                    method=raw.method,
                    path=where,
                ) from exc

        return await pipeline.raw(raw.method, raw.endpoint, raw.kwargs, parse)

    async def verify_api_key(self) -> bool:
        """True if the API accepts the key (HEAD answers 200), False on 401; other failures raise."""
        response = await self._pipeline.head(KEY_CHECK_PATH)
        if 200 <= response.status_code < 300:
            return True
        if response.status_code == 401:
            return False
        raise status_error_from_response(
            response, method="HEAD", path=KEY_CHECK_PATH, secret=self._pipeline.settings.api_key
        )

    def __repr__(self) -> str:
        settings = self._pipeline.settings
        return (
            f"<AsyncPerfectGym base_url={settings.base_url!r} api_key=<redacted> "
            f"max_retries={settings.retry.max_retries} timeout={settings.timeout.read}>"
        )

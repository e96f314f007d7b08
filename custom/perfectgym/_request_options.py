"""Per-call options of every generated method: ``timeout=``, ``max_retries=`` and the three ``extra_*``.

``extra_headers``, ``extra_query`` and ``extra_body`` reach what the vendor added before our spec
knows it. They only add: a name the spec declares for the operation is refused (use the typed
argument, which is checked), and so are the key header and the headers that frame the request.
Everything is checked before a request exists, like any argument.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any, TypedDict

import attrs
import httpx

from perfectgym._config_checks import finite_number, whole_number
from perfectgym._errors import ConfigurationError, InvalidRequestError
from perfectgym._header_values import check_header_value
from perfectgym._operation import Operation
from perfectgym._value_checks import Problem, check_sendable, check_text

__all__ = [
    "RequestExtras",
    "RequestOptions",
    "call_settings",
    "checked_headers",
    "checked_options",
    "checked_query_value",
    "int_fits",
    "plain_query_value",
    "refuse_unknown_options",
    "timeout_problem",
    "url_text",
]

QueryValue = str | int | float | bool
# Headers a caller's extra_headers may not set, and why.
_OWNED_HEADERS: Mapping[str, str] = {
    **dict.fromkeys(
        ("x-api-key", "user-agent", "accept-encoding", "content-type", "content-length", "host"), "the SDK sets it"
    ),
    # Hop-by-hop, or changing how the message is framed or answered: httpx owns the connection.
    **dict.fromkeys(
        ("connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "expect"),
        "it belongs to the connection, which the SDK owns",
    ),
    "proxy-authorization": "it is meant for a proxy: configure the proxy on the transport",
    "cookie": "the API authenticates by key alone, and the client's cookie jar owns this header",
    "content-encoding": "it changes how the body is read, and the SDK writes the body",
    # A method override makes the server run another method than the one retries were decided for.
    **dict.fromkeys(
        ("x-http-method-override", "x-http-method", "x-method-override"),
        "it would make the server run another method than the one the SDK retries as",
    ),
    # Headers some servers and proxies take as the path or host to serve: the budget, logs and retry
    # decision would describe another endpoint than the one that runs.
    **dict.fromkeys(
        ("x-original-url", "x-rewrite-url", "x-forwarded-host", "x-forwarded-prefix"),
        "it would make the server run another path or host than the one the SDK accounts for",
    ),
    # Conditional or partial requests: a 304, 206 or 412 answer is not the operation's documented body.
    **dict.fromkeys(
        ("if-none-match", "if-modified-since", "if-match", "if-unmodified-since", "if-range", "range"),
        "a 304, 206 or 412 answer would not be the operation's documented response",
    ),
}


_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
"""What a header name may be made of (RFC 9110 token); httpx itself accepts a space."""


class RequestOptions(TypedDict, total=False):
    """Keyword options every generated method accepts (``**options: Unpack[RequestOptions]``)."""

    timeout: float | httpx.Timeout
    """This call's timeout, instead of the client's (seconds, or an ``httpx.Timeout``)."""
    max_retries: int
    """This call's retries after the first attempt, instead of the client's."""
    extra_headers: Mapping[str, str]
    """Headers to add, for ones the spec does not declare yet."""
    extra_query: Mapping[str, QueryValue | Sequence[QueryValue]]
    """Query parameters to add, for ones the spec does not declare yet."""
    extra_body: Mapping[str, object]
    """Fields to add to a JSON object body, for ones the spec does not declare yet."""


OPTION_NAMES = frozenset(RequestOptions.__annotations__)


@attrs.frozen
class RequestExtras:
    """The checked ``extra_*`` of one call, applied to the generated ``_get_kwargs`` output."""

    headers: Mapping[str, str] = attrs.field(factory=dict)
    query: Mapping[str, Any] = attrs.field(factory=dict)
    body: Mapping[str, Any] = attrs.field(factory=dict)

    def apply(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        if self.query:
            kwargs["params"] = {**(kwargs.get("params") or {}), **self.query}
        if self.headers:
            kwargs["headers"] = {**(kwargs.get("headers") or {}), **self.headers}
        if self.body:
            body = kwargs.get("json") or {}
            taken = sorted(set(self.body) & set(body))
            if taken:  # e.g. a key the body model's additional_properties already sets: an extra only adds
                raise InvalidRequestError(f"extra_body cannot set {taken[0]!r}: the body already has it")
            kwargs["json"] = {**body, **self.body}
        return kwargs


@attrs.frozen
class CheckedOptions:
    """What a call's options change: client settings (timeout, retries) and request extras."""

    settings: Mapping[str, Any]
    extras: RequestExtras | None


def checked_options(operation: Operation, options: Mapping[str, Any], retry: Any) -> CheckedOptions:
    """Check a call's options against the operation; raise InvalidRequestError before anything is sent.

    `retry` is the client's RetryPolicy, which ``max_retries`` replaces the count of.
    """
    where = operation.operation_id
    refuse_unknown_options(where, options)
    settings = call_settings(where, retry, options)
    extras = RequestExtras(
        headers=checked_headers(where, options.get("extra_headers"), _declared(operation, "header")),
        query=_query(operation, options.get("extra_query")),
        body=_body(operation, options.get("extra_body")),
    )
    has_extras = bool(extras.headers or extras.query or extras.body)
    return CheckedOptions(settings=settings, extras=extras if has_extras else None)


def refuse_unknown_options(where: str, options: Mapping[str, Any], why: str = "") -> None:
    """InvalidRequestError for an option that is not a per-call option (a misspelling, or `why` it is not one here)."""
    unknown = sorted(set(options) - OPTION_NAMES)
    if unknown:
        raise InvalidRequestError(
            f"{where}: unknown option {unknown[0]!r} ({why}per-call options: {', '.join(sorted(OPTION_NAMES))})"
        )


def call_settings(where: str, retry: Any, options: Mapping[str, Any]) -> dict[str, Any]:
    """The client settings one call's ``timeout`` / ``max_retries`` replace (for RequestPipeline.derived)."""
    settings: dict[str, Any] = {}
    if "timeout" in options:
        settings["timeout"] = _timeout(where, options["timeout"])
    if "max_retries" in options:
        count = options["max_retries"]
        if not whole_number(count) or count < 0:
            raise InvalidRequestError(f"{where}: max_retries must be an int >= 0 (got {count!r})")
        settings["retry"] = attrs.evolve(retry, max_retries=count)
    return settings


def timeout_problem(value: httpx.Timeout) -> str | None:
    """What is wrong with an httpx.Timeout's phases (each must be None or a finite number > 0), or None."""
    for phase in ("connect", "read", "write", "pool"):
        seconds = getattr(value, phase)
        if seconds is not None and (not finite_number(seconds) or seconds <= 0):
            return f"its {phase} timeout must be None or a number of seconds > 0 (got {seconds!r})"
    return None


def _timeout(where: str, value: Any) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        problem = timeout_problem(value)
        if problem is not None:
            raise InvalidRequestError(f"{where}: timeout: {problem}")
        return value
    if isinstance(value, bool) or not finite_number(value) or value <= 0:
        raise InvalidRequestError(
            f"{where}: timeout must be a number of seconds > 0 or an httpx.Timeout (got {value!r})"
        )
    return httpx.Timeout(value)


def _mapping(where: str, name: str, value: Any) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(key, str) and key for key in value):
        raise InvalidRequestError(f"{where}: {name} must be a mapping of non-empty str names (got {value!r:.100})")
    return value


def checked_headers(where: str, value: Any, declared: frozenset[str] = frozenset()) -> dict[str, str]:
    """Extra headers a caller adds: token names, printable values, none the SDK or the connection owns.

    `declared`: the operation's header parameters, lowercase (set through their typed arguments).
    """
    headers = _mapping(where, "extra_headers", value)
    checked: dict[str, str] = {}
    for name, text in headers.items():
        folded = name.lower().replace("_", "-")  # X_API_KEY is X-API-KEY to CGI-style servers
        why = _OWNED_HEADERS.get(folded) or ("the spec declares it" if folded in declared else None)
        if why is not None:
            raise InvalidRequestError(f"{where}: extra_headers cannot set {name!r}: {why}")
        if not _TOKEN.fullmatch(name):
            raise InvalidRequestError(f"{where}: extra_headers has {name!r}, not a header name (RFC 9110 token)")
        try:
            check_header_value(f"extra_headers[{name!r}]", text)
        except (ConfigurationError, ValueError, TypeError, UnicodeError) as exc:
            raise InvalidRequestError(f"{where}: {exc}") from None
        checked[name] = text
    return checked


def _query(operation: Operation, value: Any) -> dict[str, Any]:
    where = operation.operation_id
    query = _mapping(where, "extra_query", value)
    declared = frozenset(p.name.lower() for p in operation.parameters)  # a path name too: '?customerId=' shadows
    for name, item in query.items():
        url_text(where, f"extra_query name {name!r}", name)
        if name.lower() in declared:
            python = next(p.python_name for p in operation.parameters if p.name.lower() == name.lower())
            how = "a paginator sets it (resume with start_offset=)" if python == "offset" else f"pass {python}="
            raise InvalidRequestError(f"{where}: extra_query cannot set {name!r}: the spec declares it; {how}")
        checked_query_value(where, f"extra_query[{name!r}]", item)
    return {name: plain_query_value(item) for name, item in query.items()}


def plain_query_value(value: Any) -> Any:
    """A checked query value with any Enum member as its value (httpx would write ``Mine.A``)."""
    if isinstance(value, list | tuple):
        return [plain_query_value(item) for item in value]
    return value.value if isinstance(value, Enum) else value


def url_text(where: str, what: str, value: str) -> str:
    """`value` if it can go into a URL (UTF-8, so no lone surrogate, and no NUL), else InvalidRequestError."""
    if "\x00" in value:
        raise InvalidRequestError(f"{where}: {what} holds a NUL character")
    try:
        return check_text(value, what)
    except Problem as problem:
        raise InvalidRequestError(f"{where}: {problem}") from None


def int_fits(value: int) -> bool:
    """An int Python can write as text (past ~4300 digits str() raises ValueError)."""
    try:
        str(value)
    except ValueError:
        return False
    return True


def _declared(operation: Operation, location: str) -> frozenset[str]:
    """The operation's parameter names in `location`, lowercase: the API matches them without regard to case."""
    return frozenset(p.name.lower() for p in operation.parameters if p.location == location)


def checked_query_value(where: str, label: str, value: Any) -> None:
    """A query value a caller adds: a str, int, finite float or bool, or a non-empty list of them."""
    items = value if isinstance(value, list | tuple) else [value]
    if not items or not all(isinstance(each, str | int | float) for each in items):
        raise InvalidRequestError(
            f"{where}: {label} must be a str, int, float or bool, or a list of them (got {type(value).__name__})"
        )
    for each in items:
        if isinstance(each, str):
            url_text(where, label, each)
    if any(isinstance(each, int) and not int_fits(each) for each in items):
        raise InvalidRequestError(f"{where}: {label} is an integer too large to send")
    if not all(finite_number(each) for each in items if isinstance(each, float)):
        raise InvalidRequestError(f"{where}: {label} must be a finite number (got {value!r:.100})")


def _body(operation: Operation, value: Any) -> dict[str, Any]:
    where = operation.operation_id
    fields = _mapping(where, "extra_body", value)
    if not fields:
        return {}
    body = operation.body
    if body is None or body.multipart or operation.body_is_list:
        raise InvalidRequestError(f"{where}: extra_body needs a JSON object body, and this operation has none")
    declared = {name.lower() for name in body.definitions.get(body.schema.ref or "", body.schema).properties}
    checked: dict[str, Any] = {}
    for name, item in fields.items():
        if name.lower() in declared:
            raise InvalidRequestError(f"{where}: extra_body cannot set {name!r}: the spec declares it; set it in body=")
        try:
            checked[name] = check_sendable(item, f"extra_body[{name!r}]")  # JSON-ready: a UUID as text
        except Problem as problem:
            raise InvalidRequestError(f"{where}: {problem}") from None
        except RecursionError:
            too_deep = f"{where}: extra_body[{name!r}] is nested too deeply (or contains itself)"
            raise InvalidRequestError(too_deep) from None
    return checked

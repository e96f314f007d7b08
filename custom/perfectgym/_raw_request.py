"""``client.request(...)``: an endpoint the spec lacks, through the same pipeline (key, retries, budget, errors).

The path is a template relative to the studio's base URL (``/v1/things/{thingId}``) with
``path_params`` filled in, each value one percent-encoded segment: logs, hooks and the rate
budget see the template, as for generated operations, and no argument can turn the call into
a request for another host (the key goes only where the client's base URL points).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol, Self, TypeVar
from urllib.parse import quote, unquote

import attrs

from perfectgym._errors import InvalidRequestError
from perfectgym._json import decode_json
from perfectgym._request_options import (
    checked_headers,
    checked_query_value,
    int_fits,
    plain_query_value,
    url_text,
)
from perfectgym._spec_routes import Endpoint, endpoint_of
from perfectgym._value_checks import Problem, check_sendable

__all__ = ["FromDict", "RawRequest", "checked_cast_to", "parse_raw", "prepare_raw_request"]

METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"})
_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")
_SAFE_PATH = re.compile(r"/[A-Za-z0-9\-._~!$&'()*+,;=:@/{}%]*")
_DOT_SEGMENTS = frozenset({"", ".", ".."})
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


class FromDict(Protocol):
    """What ``cast_to`` must be: a generated model class (anything with ``from_dict``)."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=FromDict)


@attrs.frozen
class RawRequest:
    """A checked ad-hoc request: the method, its path template, the filled path and the httpx arguments."""

    method: str
    template: str
    url: str
    kwargs: dict[str, Any]
    endpoint: Endpoint
    """What the request is known as in the rate budget, logs, hooks and errors (see _spec_routes)."""


def prepare_raw_request(
    method: str,
    path: str,
    *,
    path_params: Mapping[str, Any] | None,
    params: Mapping[str, Any] | None,
    json: object,
    headers: Mapping[str, str] | None,
) -> RawRequest:
    """Check everything an ad-hoc request carries; raise InvalidRequestError before it exists."""
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise InvalidRequestError(f"request: method must be one of {', '.join(sorted(METHODS))} (got {method!r})")
    method = method.upper()
    where = f"request {method} {path!r}"
    if not isinstance(path, str) or not path.startswith("/") or path.startswith("//") or not _SAFE_PATH.fullmatch(path):
        raise InvalidRequestError(
            f"{where}: path must be a path on the studio's base URL, like '/v1/things/{{thingId}}' "
            "(no scheme, host, query or fragment; put query parameters in params=)"
        )
    _check_segments(where, path)
    url = _filled(where, path, dict(path_params or {}))
    kwargs: dict[str, Any] = {"method": method, "url": url}
    if params:
        kwargs["params"] = _query(where, params)
    if json is not None:
        if method in {"GET", "HEAD"}:
            raise InvalidRequestError(f"{where}: a {method} request has no body (got json=)")
        try:
            kwargs["json"] = check_sendable(json, "json")
        except Problem as problem:
            raise InvalidRequestError(f"{where}: {problem}") from None
        except RecursionError:
            raise InvalidRequestError(f"{where}: json is nested too deeply (or contains itself)") from None
    if headers:
        kwargs["headers"] = checked_headers(where, headers)
    endpoint = endpoint_of(method, path, filled=url)
    return RawRequest(method=method, template=path, url=url, kwargs=kwargs, endpoint=endpoint)


def _check_segments(where: str, path: str) -> None:
    """No segment that a server or proxy would read as a step up or as two segments, written plainly or encoded."""
    if _BAD_ESCAPE.search(path):
        raise InvalidRequestError(f"{where}: in path, '%' must start an escape of two hex digits (write '%25' for '%')")
    for segment in path.split("/"):
        decoded = unquote(segment)
        if decoded.split(";", 1)[0] in {".", ".."}:  # '..;/' is '..' to some servers (path parameters)
            raise InvalidRequestError(f"{where}: path must not contain '.' or '..' segments (plain or percent-encoded)")
        if not decoded.isprintable() or "%" in decoded:  # NUL, controls, or an escape written twice ('%252e')
            raise InvalidRequestError(
                f"{where}: path segment {segment!r} decodes to {decoded!r}: a control character or a second escape"
            )
        if "/" in decoded or "\\" in decoded:
            raise InvalidRequestError(
                f"{where}: path segment {segment!r} has an encoded '/' or '\\'; pass such a value in path_params="
            )


def _filled(where: str, template: str, values: dict[str, Any]) -> str:
    names = _PLACEHOLDER.findall(template)
    missing = [name for name in names if name not in values]
    unused = sorted(set(values) - set(names))
    if missing or unused:
        raise InvalidRequestError(
            f"{where}: path_params must fill exactly the path's placeholders {names} "
            f"(missing {missing}, not in the path {unused})"
        )

    def segment(match: re.Match[str]) -> str:
        value = plain_query_value(values[match.group(1)])  # an Enum member as its value
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidRequestError(
                f"{where}: path_params[{match.group(1)!r}] must be a str or an int (got {type(value).__name__})"
            )
        if isinstance(value, int) and not int_fits(value):
            raise InvalidRequestError(f"{where}: path_params[{match.group(1)!r}] is an integer too large to send")
        text = url_text(where, f"path_params[{match.group(1)!r}]", str(value))
        if text in _DOT_SEGMENTS:
            raise InvalidRequestError(f"{where}: path_params[{match.group(1)!r}] must not be {text!r}")
        return quote(text, safe="")

    return _PLACEHOLDER.sub(segment, template)


def _query(where: str, params: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(params, Mapping):
        raise InvalidRequestError(f"{where}: params must be a mapping (got {type(params).__name__})")
    for name, value in params.items():
        if not isinstance(name, str) or not name:
            raise InvalidRequestError(
                f"{where}: params[{name!r}] must be a str, int, float or bool, or a list of them "
                f"(got {type(value).__name__})"
            )
        url_text(where, f"params name {name!r}", name)
        checked_query_value(where, f"params[{name!r}]", value)
    return {name: plain_query_value(value) for name, value in params.items()}


def parse_raw(content: bytes, cast_to: type[M] | None, where: str) -> M | Any:
    """The decoded JSON body (None when empty), or ``cast_to.from_dict`` of it; ValueError when it does not fit."""
    if not content.strip():
        if cast_to is not None:
            raise ValueError(f"{where}: the body is empty, and cast_to needs a JSON object")
        return None
    data = decode_json(content)
    if cast_to is None:
        return data
    if not isinstance(data, dict):
        raise ValueError(f"{where}: cast_to needs a JSON object, the body is {type(data).__name__}")
    return cast_to.from_dict(data)


def checked_cast_to(cast_to: object) -> None:
    if cast_to is not None and not (isinstance(cast_to, type) and callable(getattr(cast_to, "from_dict", None))):
        raise InvalidRequestError(
            f"request: cast_to must be a model class with from_dict, like perfectgym.types.Customer (got {cast_to!r})"
        )

"""Which endpoint a ``client.request`` path names, for its rate budget, logs, hooks and errors.

The API counts requests per endpoint, and the SDK's rate budget, logs and hooks name an
endpoint by its path template, never by a filled-in path (ids can be personal data). A
caller of ``client.request`` may write ids into the path or fill them in, and may reach an
operation the spec does have: each of these must land on the same endpoint as the
generated method, or the budget would let twice the limit through, and every id would get
a lane of its own. A path the spec lacks is named with its id-like segments (digits, a UUID)
written as ``{id}``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from urllib.parse import unquote

import attrs

from perfectgym._operation import Operation

__all__ = ["Endpoint", "endpoint_of"]

_PLACEHOLDER = re.compile(r"\{[^{}/]+\}")
_ID_LIKE = re.compile(r"\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


@attrs.frozen
class Endpoint:
    """What a request is known as: `path` in logs, hooks and errors; `budget_path` in the rate budget."""

    path: str
    budget_path: str
    operation_id: str | None = None


@functools.cache
def _routes() -> dict[tuple[str, int], list[tuple[Operation, tuple[str | None, ...]]]]:
    """The spec's operations by (method, segment count), each with its literal segments (None: a placeholder)."""
    from perfectgym._generated_resources import OPERATIONS  # the table is built once, on the first request()

    routes: dict[tuple[str, int], list[tuple[Operation, tuple[str | None, ...]]]] = {}
    for operation in OPERATIONS.values():
        segments = tuple(None if _PLACEHOLDER.fullmatch(s) else _normal(s) for s in operation.path.split("/"))
        routes.setdefault((operation.method, len(segments)), []).append((operation, segments))
    return routes


def _literal_matches(route: Sequence[str | None], given: Sequence[str]) -> tuple[bool, ...] | None:
    """Which of the route's segments matched `given` literally; None when `given` is not this route."""
    matched: list[bool] = []
    for literal, segment in zip(route, given, strict=True):
        if literal is None:
            matched.append(False)  # the route's placeholder takes an id or the caller's own placeholder
        elif literal == segment:
            matched.append(True)
        else:
            return None
    return tuple(matched)


def _normal(segment: str) -> str:
    """A literal segment as a server would most likely route it: ';params' dropped, escapes decoded, lowercase."""
    return segment if _PLACEHOLDER.fullmatch(segment) else unquote(segment.split(";", 1)[0]).lower()


def _segments(path: str) -> list[str]:
    first, *rest = path.split("/")
    written = [first, *(segment for segment in rest if segment)]  # '//', a trailing '/': as '/'
    if len(written) == 1:
        written.append("")  # the root, "/"
    return written


def _spec_operation(method: str, written: list[str]) -> Operation | None:
    """The spec operation `written` (path segments) routes to: the most literal match, earlier segments first."""
    given = [_normal(segment) for segment in written]
    best: tuple[tuple[bool, ...], Operation] | None = None
    for operation, route in _routes().get((method, len(given)), ()):
        score = _literal_matches(route, given)
        if score is not None and (best is None or score > best[0]):
            best = (score, operation)
    return None if best is None else best[1]


def endpoint_of(method: str, template: str, filled: str | None = None) -> Endpoint:
    """The endpoint `template` (a checked ``client.request`` path, placeholders unfilled) names.

    A path of the spec is its operation: the most literal match wins, earlier segments first
    (``/v1/customers/by`` is not ``/v1/customers/{customerId}``). Segments are compared as a
    server would likely route them (``%63ustomers``, ``Customers``, ``//``, a trailing ``/``), so
    no spelling of a path opens a second budget for it. `filled` (the path with ``path_params``
    in) is matched too: ``/v1/{resource}/{id}`` filled as ``/v1/customers/42`` is that operation.
    """
    written = _segments(template)
    operation = _spec_operation(method, written)
    if operation is None and filled is not None:
        operation = _spec_operation(method, _segments(filled))
    if operation is not None:
        return Endpoint(operation.path, operation.path, operation.operation_id)
    given = [_normal(segment) for segment in written]
    shown = "/".join("{id}" if _ID_LIKE.fullmatch(segment) else segment for segment in written)
    budget = "/".join("{}" if _ID_LIKE.fullmatch(segment) else segment for segment in given)
    return Endpoint(shown, _PLACEHOLDER.sub("{}", budget))

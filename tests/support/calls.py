"""Calling any operation by operationId with the spec's valid arguments, on a mocked API.

Shared by the argument, body, upload and junk-input tests: they override one argument
and look only at what was (or was not) sent.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import respx
from openapi_python_client.strings import pascal_case, snake_case

import perfectgym
from perfectgym import APIResponseValidationError, AsyncPerfectGym


def raw_method(operation_id: str) -> Callable[..., Any]:
    """The generated raw method, bound to a resource without a pipeline: for its signature only."""
    tag = perfectgym.OPERATIONS[operation_id].tag
    raw_resource = getattr(importlib.import_module(f"perfectgym._resources.{tag}"), f"{pascal_case(tag)}RawResource")
    return getattr(raw_resource(None), snake_case(operation_id))  # type: ignore[no-any-return]


async def call_operation(
    client: AsyncPerfectGym, operation_id: str, valid: Mapping[str, Any], **overrides: Any
) -> None:
    """Call with `valid` arguments, some overridden; only the request matters, not the mocked answer."""
    resource = getattr(client, perfectgym.OPERATIONS[operation_id].tag).with_raw_response
    with contextlib.suppress(APIResponseValidationError):  # the mock answers {} to every operation
        await getattr(resource, snake_case(operation_id))(**{**valid, **overrides})


def case_id(value: object) -> str:
    """A short pytest id for any value (huge ints by their size)."""
    if isinstance(value, int) and value.bit_length() > 64:
        return f"int_of_{value.bit_length()}_bits"
    return repr(value)[:40]


@contextlib.contextmanager
def mocked_api() -> Iterator[respx.Route]:
    """Every request answered 200 {}; the route records what was sent (routes added inside keep their calls)."""
    with respx.mock(assert_all_called=False) as router:
        yield router.route().respond(200, json={})

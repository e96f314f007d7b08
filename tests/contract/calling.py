"""Calling operations on Prism the way users do, and checking what came back.

Prism (``--errors``) answers a request that breaks the spec with an error status and an
``sl-violations`` header. A paginator hides its responses, so the client here lends an
httpx client whose response hook keeps every one for the test to inspect.
"""

from __future__ import annotations

import json
import typing
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case

import perfectgym
from perfectgym import APIResponse, APIStatusError, AsyncPerfectGym
from tests.support.spec import spec_operation


class Recorded(list[httpx.Response]):
    """The responses a client received, in order."""

    def violations(self) -> list[object]:
        return [json.loads(r.headers["sl-violations"]) for r in self if "sl-violations" in r.headers]


@asynccontextmanager
async def recording_client(prism_url: str) -> AsyncIterator[tuple[AsyncPerfectGym, Recorded]]:
    """An AsyncPerfectGym on Prism (no retries, every field validated) and the responses it received."""
    recorded = Recorded()

    async def record(response: httpx.Response) -> None:
        recorded.append(response)

    async with (
        httpx.AsyncClient(event_hooks={"response": [record]}) as lent,
        AsyncPerfectGym(
            prism_url, "contract-test-key", max_retries=0, validate_responses=True, http_client=lent
        ) as client,
    ):
        yield client, recorded


def documented_successes(operation_id: str) -> set[int]:
    return {int(code) for code in spec_operation(operation_id)["responses"] if code.startswith("2")}


def matches(value: Any, annotation: Any) -> bool:
    """`value` is an instance of the (possibly list or union) return annotation of a resource method."""
    if annotation is type(None) or annotation is None:
        return value is None
    origin = typing.get_origin(annotation)
    if origin is list:
        (inner,) = typing.get_args(annotation)
        return isinstance(value, list) and all(matches(item, inner) for item in value)
    if origin is not None:  # a union of models
        return any(matches(value, member) for member in typing.get_args(annotation))
    return isinstance(value, annotation)


async def call_and_check(
    client: AsyncPerfectGym, operation_id: str, arguments: dict[str, Any], *, allow_deprecation_warning: bool = False
) -> APIResponse[Any]:
    """Call through ``with_raw_response``; fail with Prism's violations, or unless a documented success parsed.

    ``allow_deprecation_warning`` leaves the ``sl-violations`` header to the caller (a deprecated parameter draws one).
    """
    resource = getattr(client, perfectgym.OPERATIONS[operation_id].tag)
    name = snake_case(operation_id)
    try:
        response: APIResponse[Any] = await getattr(resource.with_raw_response, name)(**arguments)
    except APIStatusError as exc:
        violations = exc.response.headers.get("sl-violations", "none reported")
        pytest.fail(f"{operation_id}: {exc}\nPrism violations: {violations}\narguments: {arguments!r}")
    if not allow_deprecation_warning:
        assert "sl-violations" not in response.headers, json.loads(response.headers["sl-violations"])
    assert response.status_code in documented_successes(operation_id)
    expected = typing.get_type_hints(getattr(resource, name))["return"]
    assert matches(response.parsed, expected), f"{operation_id}: parsed {type(response.parsed)}, expected {expected}"
    return response

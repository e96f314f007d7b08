"""Every operation of openapi.yaml, called through the public client against Prism.

Prism validates each request against the spec (``--errors``): a violation comes back as
an error status with an ``sl-violations`` header. Each call must produce no violation,
a documented success status, and a body parsed into the operation's typed model.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import pytest
from openapi_python_client.strings import snake_case

import perfectgym
from perfectgym import APIStatusError, AsyncPerfectGym
from tests.contract.arguments import arguments_for
from tests.contract.exclusions import EXCLUDED
from tests.contract.record import EXERCISED
from tests.support.spec import load_spec, spec_operation
from tools.spec_changes import collect_operations

SPEC_OPERATION_IDS = sorted(collect_operations(load_spec()))
CALLED = [op for op in SPEC_OPERATION_IDS if op not in EXCLUDED]


def test_every_operation_is_covered_or_excluded_with_a_reason() -> None:
    assert set(EXCLUDED) <= set(SPEC_OPERATION_IDS), "an exclusion names an operation the spec does not have"
    assert all(reason.strip() for reason in EXCLUDED.values())
    assert sorted(CALLED + list(EXCLUDED)) == SPEC_OPERATION_IDS


def _documented_successes(operation_id: str) -> set[int]:
    return {int(code) for code in spec_operation(operation_id)["responses"] if code.startswith("2")}


def _matches(value: Any, annotation: Any) -> bool:
    if annotation is type(None) or annotation is None:
        return value is None
    origin = typing.get_origin(annotation)
    if origin is list:
        (inner,) = typing.get_args(annotation)
        return isinstance(value, list) and all(_matches(item, inner) for item in value)
    if origin is not None:  # a union of models
        return any(_matches(value, member) for member in typing.get_args(annotation))
    return isinstance(value, annotation)


@pytest.mark.asyncio
@pytest.mark.parametrize("operation_id", CALLED)
async def test_operation_against_prism(operation_id: str, prism_url: str) -> None:
    operation = perfectgym.OPERATIONS[operation_id]
    client = AsyncPerfectGym(prism_url, "contract-test-key", max_retries=0, validate_responses=True)
    async with client:
        resource = getattr(client, operation.tag)
        name = snake_case(operation_id)
        raw_method = getattr(resource.with_raw_response, name)
        arguments = arguments_for(operation_id, raw_method)
        try:
            response = await raw_method(**arguments)
        except APIStatusError as exc:
            violations = exc.response.headers.get("sl-violations", "none reported")
            pytest.fail(f"{operation_id}: {exc}\nPrism violations: {violations}\narguments: {arguments!r}")

    assert "sl-violations" not in response.headers, json.loads(response.headers["sl-violations"])
    assert response.status_code in _documented_successes(operation_id)
    expected = typing.get_type_hints(getattr(resource, name))["return"]
    assert _matches(response.parsed, expected), f"{operation_id}: parsed {type(response.parsed)}, expected {expected}"
    EXERCISED.add(operation_id)

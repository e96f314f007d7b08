"""Optional query parameters and every enum value of every enum parameter, sent through the client to Prism.

The required-arguments run (test_every_operation) leaves out what users add most: filters,
formats and statuses. Operations, parameters and enum values come from openapi.yaml; each
call must reach Prism with the parameter on the wire, draw no ``sl-violations``, answer a
documented success and parse strictly.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case

import perfectgym
from tests.contract.arguments import arguments_for, enum_parameters, optional_query_parameters, parameters_of
from tests.contract.calling import call_and_check, recording_client
from tests.contract.exclusions import EXCLUDED
from tests.support.spec import load_spec
from tools.spec_changes import collect_operations

CALLED = sorted(op for op in collect_operations(load_spec()) if op not in EXCLUDED)
WITH_OPTIONAL_QUERY = [op for op in CALLED if optional_query_parameters(op)]
DEPRECATED_CASES = [
    pytest.param(op, name, id=f"{op}-{name}")
    for op in CALLED
    for name in optional_query_parameters(op, deprecated=True)
]
ENUM_CASES = [
    pytest.param(op, name, value, id=f"{op}-{name}={value}") for op in CALLED for name, value in enum_parameters(op)
]


def _raw_method(client: perfectgym.AsyncPerfectGym, operation_id: str) -> Any:
    resource = getattr(client, perfectgym.OPERATIONS[operation_id].tag)
    return getattr(resource.with_raw_response, snake_case(operation_id))


def _sent_query(response: httpx.Response, operation_id: str, name: str) -> list[str]:
    return response.request.url.params.get_list(parameters_of(operation_id)[name]["name"])


def test_the_spec_gives_these_runs_something_to_send() -> None:
    assert WITH_OPTIONAL_QUERY and ENUM_CASES


@pytest.mark.asyncio
@pytest.mark.parametrize("operation_id", WITH_OPTIONAL_QUERY)
async def test_every_optional_query_parameter_set_at_once(operation_id: str, prism_url: str) -> None:
    async with recording_client(prism_url) as (client, recorded):
        optional = optional_query_parameters(operation_id)
        await call_and_check(
            client, operation_id, arguments_for(operation_id, _raw_method(client, operation_id), include=optional)
        )
    (response,) = recorded
    unsent = [name for name in optional if not _sent_query(response, operation_id, name)]
    assert not unsent, f"{operation_id}: optional query parameters not sent: {unsent}"
    assert not recorded.violations()


@pytest.mark.asyncio
@pytest.mark.parametrize(("operation_id", "name"), DEPRECATED_CASES)
async def test_a_deprecated_query_parameter_still_works_and_draws_only_the_deprecation_warning(
    operation_id: str, name: str, prism_url: str
) -> None:
    async with recording_client(prism_url) as (client, recorded):
        arguments = arguments_for(operation_id, _raw_method(client, operation_id), include=[name])
        response = await call_and_check(client, operation_id, arguments, allow_deprecation_warning=True)
    assert _sent_query(recorded[0], operation_id, name)
    wire_name = parameters_of(operation_id)[name]["name"]
    assert all(
        (v["code"], v["location"]) == ("deprecated", ["request", "query", wire_name])
        for violations in recorded.violations()
        for v in violations
    ), recorded.violations()
    assert response.status_code < 300


@pytest.mark.asyncio
@pytest.mark.parametrize(("operation_id", "name", "value"), ENUM_CASES)
async def test_every_enum_value_of_every_enum_parameter(
    operation_id: str, name: str, value: Any, prism_url: str
) -> None:
    async with recording_client(prism_url) as (client, recorded):
        arguments = arguments_for(operation_id, _raw_method(client, operation_id)) | {name: value}
        await call_and_check(client, operation_id, arguments)  # the API's own string, as users may pass it
    (response,) = recorded
    if parameters_of(operation_id)[name]["in"] == "query":
        assert _sent_query(response, operation_id, name) == [
            str(v) for v in (value if isinstance(value, list) else [value])
        ]
    assert not recorded.violations()

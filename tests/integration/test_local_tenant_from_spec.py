"""The local tenant is built from the spec: its data file, filters, ignored parameters, handler keys.

Nothing here lists an enum value, a required property or an operation the spec holds:
each is read from openapi.yaml, so a spec bump changes the expectations with it.
"""

from __future__ import annotations

import copy
import json
import logging
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from perfectgym import OPERATIONS
from perfectgym.testing import DEFAULT_API_KEYS, create_app, default_studios
from perfectgym.testing._app import HANDLERS, IGNORED_HEADER
from perfectgym.testing._handlers import REGISTRY
from perfectgym.testing._registry import HandlerRegistry
from tests.support.spec import REPO_ROOT, SPEC_PATH, assert_matches_spec, load_spec, resolve, spec_operation
from tools.spec_changes import collect_operations
from tools.tenant_spec_data import DATA_FILE, extract, render

KEY = {"X-API-KEY": DEFAULT_API_KEYS[0]}


@pytest_asyncio.fixture
async def tenant_http() -> AsyncIterator[httpx.AsyncClient]:
    """The tenant's ASGI app in process (fresh data per test), no sockets."""
    app = create_app(default_studios(customers=300))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://tenant", headers=KEY) as http:
        yield http


def _query_enum(operation_id: str, name: str) -> list[str]:
    spec = load_spec()
    for parameter in spec_operation(operation_id).get("parameters", []):
        parameter = resolve(parameter, spec)
        if parameter["name"] == name:
            return [str(v) for v in resolve(parameter["schema"], spec)["enum"]]
    raise AssertionError(f"{operation_id} has no query parameter {name}")


def _schema_of(operation_id: str) -> dict[str, Any]:
    content = resolve(spec_operation(operation_id)["responses"]["200"], load_spec())["content"]
    return dict(content["application/json"]["schema"])


def test_the_tenant_spec_data_is_what_openapi_yaml_generates() -> None:
    fresh = render(load_spec())
    assert DATA_FILE.read_text(encoding="utf-8") == fresh, (
        f"{DATA_FILE.name} is stale against openapi.yaml: run "
        "`.venv/bin/python -m tools.tenant_spec_data --spec openapi.yaml` (part of `make generate`)"
    )


def test_a_spec_bump_with_a_new_required_property_and_enum_value_needs_no_tenant_edit(tmp_path: Path) -> None:
    bumped = copy.deepcopy(load_spec())
    schemas = bumped["components"]["schemas"]
    studio = schemas["StudioInformation"]
    studio["properties"]["bumpRequiredField"] = {"type": "string", "format": "uuid"}
    studio["required"] = [*studio.get("required", []), "bumpRequiredField"]
    customer_status = schemas["Customer"]["properties"]["status"]
    customer_status["enum"] = [*customer_status["enum"], "BUMP_STATUS"]
    for parameter in bumped["paths"]["/v1/customers"]["get"]["parameters"]:
        if parameter["name"] == "customerStatus":
            parameter["schema"]["enum"] = [*parameter["schema"]["enum"], "BUMP_STATUS"]
    data_file = tmp_path / "bumped.json"
    data_file.write_text(json.dumps(extract(bumped)), encoding="utf-8")
    assert render(bumped) != render(load_spec())  # the staleness test above would catch it

    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from starlette.testclient import TestClient
        from perfectgym.testing import _spec
        _spec.DATA_FILE = Path({str(data_file)!r})
        from perfectgym.testing import DEFAULT_API_KEYS, create_app, default_studios
        http = TestClient(create_app(default_studios(customers=300)), headers={{"X-API-KEY": DEFAULT_API_KEYS[0]}})
        studio = http.get("/v1/studios/information")
        assert studio.status_code == 200 and "bumpRequiredField" in studio.json(), studio.text
        page = http.get("/v1/customers", params={{"customerStatus": "BUMP_STATUS", "sliceSize": 500}})
        assert page.status_code == 200, page.text
        statuses = {{c["status"] for c in page.json()["result"]}}
        assert statuses == {{"BUMP_STATUS"}}, statuses
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.asyncio
async def test_an_operation_without_a_handler_answers_its_example_and_honours_its_enum_filter(
    tenant_http: httpx.AsyncClient,
) -> None:
    assert "getCustomersContracts" not in HANDLERS  # served from the spec alone
    everything = await tenant_http.get("/v1/customers/1003/contracts")
    assert everything.status_code == 200
    assert_matches_spec(everything.json(), _schema_of("getCustomersContracts"))
    statuses = _query_enum("getCustomersContracts", "status")
    assert sorted(c["contractStatus"] for c in everything.json()) == sorted(statuses)
    for status in statuses:
        response = await tenant_http.get("/v1/customers/1003/contracts", params={"status": status})
        assert [c["contractStatus"] for c in response.json()] == [status]
        assert IGNORED_HEADER not in response.headers


@pytest.mark.asyncio
async def test_an_upload_operation_answers_its_schema_example(tenant_http: httpx.AsyncClient) -> None:
    response = await tenant_http.put("/v1/customers/1003/images", files={"image": ("me.png", b"\x89PNG", "image/png")})
    assert response.status_code == 200, response.text
    assert_matches_spec(response.json(), _schema_of("updateImage"))


@pytest.mark.asyncio
async def test_an_unknown_enum_value_of_any_query_filter_is_a_400(tenant_http: httpx.AsyncClient) -> None:
    response = await tenant_http.get("/v1/customers/1003/contracts", params={"status": "NOT_IN_THE_SPEC"})
    assert response.status_code == 400
    assert response.json()["reference"] == "status"


@pytest.mark.asyncio
async def test_a_query_parameter_the_tenant_ignores_is_named_in_a_header_and_logged(
    tenant_http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    declared = [p["name"] for p in spec_operation("getCustomers")["parameters"]]
    assert "lastOffsetId" in declared  # a deprecated filter the tenant does not implement
    with caplog.at_level(logging.WARNING, logger="perfectgym.testing"):
        response = await tenant_http.get("/v1/customers", params={"sliceSize": 50, "lastOffsetId": 5, "bogus": 1})
    assert response.status_code == 200
    assert response.headers[IGNORED_HEADER] == "lastOffsetId,bogus"  # sliceSize was honoured
    assert any("getCustomers" in r.getMessage() and "lastOffsetId, bogus" in r.getMessage() for r in caplog.records)


@pytest.mark.asyncio
@pytest.mark.parametrize("name", ["\u2603", "a\x00b", "a\r\nSet-Cookie: x=1"])
async def test_an_ignored_parameter_with_any_name_is_named_escaped_and_the_answer_stands(
    tenant_http: httpx.AsyncClient, name: str
) -> None:
    response = await tenant_http.get("/v1/customers", params={name: 1})
    assert response.status_code == 200 and "set-cookie" not in response.headers
    assert response.headers[IGNORED_HEADER].isascii() and "\\u" in response.headers[IGNORED_HEADER]


def test_a_handler_for_an_operation_the_spec_lacks_is_recorded_not_raised() -> None:
    registry = HandlerRegistry(OPERATIONS)

    async def stale_handler(call: Any) -> Any:
        return None

    assert registry.handles("operationRenamedAway")(stale_handler) is stale_handler  # no KeyError at import
    assert "operationRenamedAway" not in registry.handlers
    (problem,) = registry.problems
    assert "stale_handler" in problem and "'operationRenamedAway'" in problem


@pytest.mark.asyncio
async def test_the_tenant_logs_a_stale_handler_and_serves_the_rest(caplog: pytest.LogCaptureFixture) -> None:
    registry = HandlerRegistry(OPERATIONS)
    registry.handlers.update(HANDLERS)
    registry.handles("operationRenamedAway")(HANDLERS["getStudioInformation"])
    with caplog.at_level(logging.ERROR, logger="perfectgym.testing"):
        app = create_app(default_studios(customers=10), handlers=registry)
    assert any("operationRenamedAway" in r.getMessage() for r in caplog.records)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://tenant", headers=KEY) as http:
        assert (await http.get("/v1/studios/information")).status_code == 200


def test_every_tenant_handler_names_an_operation_of_openapi_yaml() -> None:
    assert not REGISTRY.problems, "\n".join(REGISTRY.problems)
    assert set(HANDLERS) <= set(collect_operations(load_spec())), f"not in {SPEC_PATH.name}"
